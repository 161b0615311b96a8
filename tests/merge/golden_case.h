#pragma once

#include "candidate.h"
#include "candidate_csv.h"
#include "merge_result.h"

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <numeric>
#include <set>
#include <string>
#include <vector>

namespace shelf::merge::testing {

/// One golden case of shared/golden/em_merger: NAME.candidates.csv (input), NAME.reference.csv
/// (the authors' output with input_row), NAME.truth.csv (the products), the image size from
/// NAME's "_WxH" suffix. Header-only helper for the merge tests and the benchmark.
struct GoldenCase
{
    std::string name;
    ImageSize size;
    std::vector<Candidate> candidates;
    std::set<std::size_t> referenceRows;
    std::vector<Candidate> truth;
    std::string summary; ///< NAME.summary.json, the authors' timing and counts
    std::string error;

    /// A top-level number of summary.json ("seconds_min", "n_contours", ...); NaN if absent.
    double summaryNumber(const std::string& key) const
    {
        const std::size_t at = summary.find("\"" + key + "\":");
        if (at == std::string::npos)
            return std::numeric_limits<double>::quiet_NaN();
        return std::strtod(summary.c_str() + at + key.size() + 3, nullptr);
    }
};

inline std::vector<std::string> goldenCaseNames(const std::string& dir)
{
    std::vector<std::string> names;
    if (!std::filesystem::is_directory(dir))
        return names;
    const std::string suffix = ".candidates.csv";
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string file = entry.path().filename().string();
        if (file.size() > suffix.size() && file.ends_with(suffix))
            names.push_back(file.substr(0, file.size() - suffix.size()));
    }
    std::sort(names.begin(), names.end());
    return names;
}

inline GoldenCase loadGoldenCase(const std::string& dir, const std::string& name)
{
    GoldenCase c;
    c.name = name;
    const std::string wh = name.substr(name.rfind('_') + 1);
    c.size = {std::stoi(wh.substr(0, wh.find('x'))), std::stoi(wh.substr(wh.find('x') + 1))};
    const std::string base = dir + "/" + name;
    CandidateCsv candidates = readCandidatesCsv(base + ".candidates.csv");
    c.candidates = std::move(candidates.candidates);
    const NumericCsv reference = readNumericCsv(
        base + ".reference.csv", {"x1", "y1", "x2", "y2", "confidence", "hard_score", "input_row"});
    const NumericCsv truth = readNumericCsv(base + ".truth.csv", {"x1", "y1", "x2", "y2"});
    std::ifstream summary(base + ".summary.json");
    c.summary.assign(std::istreambuf_iterator<char>(summary), std::istreambuf_iterator<char>());
    for (const auto& row : reference.rows)
        c.referenceRows.insert(static_cast<std::size_t>(row[6]));
    for (const auto& row : truth.rows)
        c.truth.push_back({row[0], row[1], row[2], row[3], 1, 1});
    for (const std::string* e :
         {static_cast<const std::string*>(&candidates.error), &reference.error, &truth.error})
        if (c.error.empty())
            c.error = *e;
    return c;
}

inline double iou(const Candidate& a, const Candidate& b)
{
    const double iw = std::min(a.x2, b.x2) - std::max(a.x1, b.x1);
    const double ih = std::min(a.y2, b.y2) - std::max(a.y1, b.y1);
    if (iw <= 0 || ih <= 0)
        return 0;
    const double inter = iw * ih;
    return inter / (a.area() + b.area() - inter);
}

/// Matches detections (by confidence, highest first) to the unmatched product of highest IoU
/// >= threshold, as the usual detection metrics do; returns the number of products matched.
inline std::size_t matchedProducts(const std::vector<Candidate>& detections,
                                   const std::vector<Candidate>& truth, double threshold = 0.5)
{
    std::vector<std::size_t> order(detections.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return detections[a].confidence > detections[b].confidence;
    });
    std::vector<char> used(truth.size(), 0);
    std::size_t matched = 0;
    for (const std::size_t d : order) {
        double best = threshold;
        std::size_t bestT = truth.size();
        for (std::size_t t = 0; t < truth.size(); ++t) {
            const double overlap = iou(detections[d], truth[t]);
            if (!used[t] && overlap >= best) {
                best = overlap;
                bestT = t;
            }
        }
        if (bestT < truth.size()) {
            used[bestT] = 1;
            ++matched;
        }
    }
    return matched;
}

inline std::vector<Candidate> keptBoxes(const MergeResult& r)
{
    std::vector<Candidate> out;
    for (const KeptBox& k : r.kept)
        out.push_back(k.box);
    return out;
}

inline double recall(const MergeResult& r, const std::vector<Candidate>& truth,
                     double threshold = 0.5)
{
    return truth.empty() ? 1.0
                         : static_cast<double>(matchedProducts(keptBoxes(r), truth, threshold)) /
                               truth.size();
}

} // namespace shelf::merge::testing
