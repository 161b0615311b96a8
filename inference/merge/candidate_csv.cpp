#include "candidate_csv.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

namespace shelf::merge {
namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split(std::string_view line)
{
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = line.find(',', start);
        out.push_back(trim(line.substr(
            start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
        if (comma == std::string_view::npos)
            return out;
        start = comma + 1;
    }
}

std::string formatNumber(double v)
{
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return ec == std::errc() ? std::string(buffer, end) : std::string("nan");
}

} // namespace

NumericCsv parseNumericCsv(std::string_view text, const std::vector<std::string>& required,
                           const std::string& source)
{
    NumericCsv csv;
    std::size_t lineNo = 0;
    std::size_t pos = 0;
    bool haveHeader = false;
    while (pos < text.size()) {
        const std::size_t end = text.find('\n', pos);
        const std::string_view raw =
            text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        pos = end == std::string_view::npos ? text.size() : end + 1;
        ++lineNo;
        const std::string_view line = trim(raw);
        if (line.empty())
            continue;
        const std::vector<std::string_view> fields = split(line);
        const std::string where = source + ":" + std::to_string(lineNo);
        if (!haveHeader) {
            haveHeader = true;
            for (const auto f : fields)
                csv.header.emplace_back(f);
            for (std::size_t c = 0; c < required.size(); ++c) {
                if (c >= csv.header.size() || csv.header[c] != required[c]) {
                    std::string expected;
                    for (const auto& r : required)
                        expected += (expected.empty() ? "" : ",") + r;
                    csv.error = where + ": header must begin with '" + expected + "', found '" +
                                std::string(line) + "'";
                    return csv;
                }
            }
            continue;
        }
        if (fields.size() != csv.header.size()) {
            csv.error = where + ": " + std::to_string(fields.size()) + " fields, the header has " +
                        std::to_string(csv.header.size());
            return csv;
        }
        std::vector<double> row(fields.size());
        for (std::size_t c = 0; c < fields.size(); ++c) {
            const std::string_view f = fields[c];
            const auto [ptr, ec] = std::from_chars(f.data(), f.data() + f.size(), row[c]);
            if (ec != std::errc() || ptr != f.data() + f.size() || !std::isfinite(row[c])) {
                csv.error = where + ": field " + csv.header[c] + " is not a finite number: '" +
                            std::string(f) + "'";
                return csv;
            }
        }
        csv.rows.push_back(std::move(row));
    }
    if (!haveHeader)
        csv.error = source + ": empty file, expected a header line";
    return csv;
}

NumericCsv readNumericCsv(const std::string& path, const std::vector<std::string>& required)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        NumericCsv csv;
        csv.error = path + ": cannot open";
        return csv;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parseNumericCsv(text.str(), required, path);
}

CandidateCsv parseCandidatesCsv(std::string_view text, const std::string& source)
{
    static const std::vector<std::string> columns{"x1", "y1",         "x2",
                                                  "y2", "confidence", "hard_score"};
    const NumericCsv csv = parseNumericCsv(text, columns, source);
    CandidateCsv out;
    out.error = csv.error;
    if (!out.error.empty())
        return out;
    out.candidates.reserve(csv.rows.size());
    for (const auto& r : csv.rows)
        out.candidates.push_back({r[0], r[1], r[2], r[3], r[4], r[5]});
    return out;
}

CandidateCsv readCandidatesCsv(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        CandidateCsv out;
        out.error = path + ": cannot open";
        return out;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parseCandidatesCsv(text.str(), path);
}

std::string formatMergedCsv(const MergeResult& result)
{
    std::string out = "x1,y1,x2,y2,confidence,hard_score,input_row\n";
    for (const KeptBox& k : result.kept) {
        const Candidate& b = k.box;
        for (const double v : {b.x1, b.y1, b.x2, b.y2, b.confidence, b.hard_score})
            out += formatNumber(v) + ",";
        out += std::to_string(k.input_index) + "\n";
    }
    return out;
}

std::string writeMergedCsv(const std::string& path, const MergeResult& result)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        return path + ": cannot open for writing";
    out << formatMergedCsv(result);
    out.flush();
    return out ? std::string() : path + ": write failed";
}

} // namespace shelf::merge
