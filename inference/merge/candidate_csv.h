#pragma once

#include "candidate.h"
#include "merge_result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace shelf::merge {

/// Numeric CSV with a header line, as the golden files and the CLI use: comma separated, '.'
/// decimals, optional CR before LF. Errors name the file, the 1-based line and the field.
struct NumericCsv
{
    std::vector<std::string> header;
    std::vector<std::vector<double>> rows;
    std::string error; ///< empty when read
};

/// Parses `text`; the header must begin with `required` (further columns are kept). Every field
/// must be a finite number. `source` names the text in errors.
NumericCsv parseNumericCsv(std::string_view text, const std::vector<std::string>& required,
                           const std::string& source);
/// Reads and parses a file (see parseNumericCsv()).
NumericCsv readNumericCsv(const std::string& path, const std::vector<std::string>& required);

/// Candidates of a CSV with header x1,y1,x2,y2,confidence,hard_score (row i = candidate i).
struct CandidateCsv
{
    std::vector<Candidate> candidates;
    std::string error;
};
CandidateCsv readCandidatesCsv(const std::string& path);
CandidateCsv parseCandidatesCsv(std::string_view text, const std::string& source);

/// The merge output as CSV: x1,y1,x2,y2,confidence,hard_score,input_row, numbers written so
/// that they read back exactly.
std::string formatMergedCsv(const MergeResult& result);
/// Writes formatMergedCsv() to `path`; returns an error sentence, empty on success.
std::string writeMergedCsv(const std::string& path, const MergeResult& result);

} // namespace shelf::merge
