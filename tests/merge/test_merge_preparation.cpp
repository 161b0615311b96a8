#include "candidate_csv.h"
#include "candidate_preparation.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace shelf::merge;

/// Candidate preparation (the authors' filters, ordering, clipping) and the CSV boundary.
class TestMergePreparation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersSortsAndMapsBack()
    {
        const std::vector<Candidate> in{
            {10, 10, 20, 20, 0.5, 0.9}, // kept, third
            {10, 10, 20, 20, 0.9, 0.1}, // hard score not above 0.1: dropped
            {10, 10, 20, 20, 0.7, 0.5}, // first
            {30, 30, 40, 40, 0.6, 0.5}, // second (tie with the next, earlier row first)
            {50, 50, 60, 60, 0.6, 0.5}, // third place tie, after row 3
        };
        const PreparedCandidates p = prepareCandidates(in, {100, 100}, MergeOptions{}, false);
        QCOMPARE(p.source, (std::vector<std::size_t>{2, 3, 4, 0}));
        QCOMPARE(p.dropped_low_hard_score, std::size_t(1));
        QCOMPARE(p.boxes[0].confidence, 0.7);
    }

    void mixesHardScoreRate()
    {
        MergeOptions o;
        o.hard_score_rate = 0.25; // confidence holds the Soft-IoU: 0.25 * 0.8 + 0.75 * 0.4
        const std::vector<Candidate> in{{0, 0, 10, 10, 0.4, 0.8}};
        const PreparedCandidates p = prepareCandidates(in, {100, 100}, o, false);
        QCOMPARE(p.boxes[0].confidence, 0.25 * 0.8 + 0.75 * 0.4);
    }

    void capsToTopByConfidence()
    {
        MergeOptions o;
        o.max_candidates = 3;
        std::vector<Candidate> in;
        for (int i = 0; i < 10; ++i)
            in.push_back({0, 0, 10, 10, i / 10.0, 0.5});
        const PreparedCandidates p = prepareCandidates(in, {100, 100}, o, false);
        QCOMPARE(p.source, (std::vector<std::size_t>{9, 8, 7}));
        QCOMPARE(p.dropped_over_cap, std::size_t(7));
    }

    void clipsTruncatesAndDropsEmpty()
    {
        const std::vector<Candidate> in{
            {-5.7, 3.9, 120.2, 50.5, 0.9, 0.9}, // clipped to the 100 x 80 image, then truncated
            {200, 10, 300, 20, 0.8, 0.9},       // entirely right of the image: empty
            {10, 10, 10.5, 20, 0.7, 0.9},       // half a pixel wide: empty once truncated
            {30, 30, 20, 40, 0.6, 0.9},         // inverted: empty
        };
        const PreparedCandidates ints = prepareCandidates(in, {100, 80}, MergeOptions{}, true);
        QCOMPARE(ints.boxes.size(), std::size_t(1));
        QCOMPARE(ints.boxes[0].x1, 0.0);
        QCOMPARE(ints.boxes[0].y1, 3.0);
        QCOMPARE(ints.boxes[0].x2, 100.0);
        QCOMPARE(ints.boxes[0].y2, 50.0);
        QCOMPARE(ints.dropped_empty, std::size_t(3));
        const PreparedCandidates floats = prepareCandidates(in, {100, 80}, MergeOptions{}, false);
        QCOMPARE(floats.boxes.size(), std::size_t(2)); // the half-pixel box stays
        QCOMPARE(floats.boxes[0].y1, 3.9);
    }

    void validationNamesRowAndField()
    {
        std::vector<Candidate> in(5, Candidate{0, 0, 10, 10, 0.5, 0.5});
        QVERIFY(!validateCandidates(in, {100, 100}));
        in[3].confidence = std::numeric_limits<double>::quiet_NaN();
        auto issue = validateCandidates(in, {100, 100});
        QVERIFY(issue);
        QCOMPARE(*issue->row, std::size_t(3));
        QCOMPARE(issue->field, std::string("confidence"));
        QVERIFY(issue->message.find("row 3") != std::string::npos);
        in[3].confidence = 0.5;
        in[1].y2 = -std::numeric_limits<double>::infinity();
        issue = validateCandidates(in, {100, 100});
        QCOMPARE(*issue->row, std::size_t(1));
        QVERIFY(issue->message.find("infinite") != std::string::npos);
        QVERIFY(validateCandidates({}, {0, 100}));
        QVERIFY(validateCandidates({}, {70000, 10}));
        QVERIFY(!validateCandidates({}, {4032, 3024}));
    }

    void csvReadsCandidates()
    {
        const CandidateCsv csv = parseCandidatesCsv(
            "x1,y1,x2,y2,confidence,hard_score\r\n1,2,3,4,0.5,0.25\n\n5.5,6,7,8,1e-1,1\n", "t.csv");
        QVERIFY2(csv.error.empty(), csv.error.c_str());
        QCOMPARE(csv.candidates.size(), std::size_t(2));
        QCOMPARE(csv.candidates[1].x1, 5.5);
        QCOMPARE(csv.candidates[1].confidence, 0.1);
    }

    void csvErrorsNameFileLineField()
    {
        QVERIFY(parseCandidatesCsv("", "e.csv").error.find("e.csv: empty file") == 0);
        const std::string header =
            parseCandidatesCsv("x1,y1,x2,y2,score,hard_score\n", "h.csv").error;
        QVERIFY2(header.find("h.csv:1: header must begin with") == 0, header.c_str());
        const std::string field =
            parseCandidatesCsv(
                "x1,y1,x2,y2,confidence,hard_score\n1,2,3,4,0.5,0.5\n1,2,abc,4,0.5,0.5\n", "f.csv")
                .error;
        QVERIFY2(field.find("f.csv:3: field x2") == 0, field.c_str());
        const std::string nan =
            parseCandidatesCsv("x1,y1,x2,y2,confidence,hard_score\n1,2,3,4,nan,0.5\n", "n.csv")
                .error;
        QVERIFY2(nan.find("n.csv:2: field confidence is not a finite number") == 0, nan.c_str());
        const std::string count =
            parseCandidatesCsv("x1,y1,x2,y2,confidence,hard_score\n1,2,3\n", "c.csv").error;
        QVERIFY2(count.find("c.csv:2: 3 fields") == 0, count.c_str());
        QVERIFY(readCandidatesCsv("/nonexistent/x.csv").error.find("cannot open") !=
                std::string::npos);
    }

    void csvWritesMergedRoundTrip()
    {
        MergeResult r;
        r.kept.push_back({7, {1.5, 2, 3, 4, 0.1 + 0.2, 0.7}, {7}, 0});
        const std::string text = formatMergedCsv(r);
        const NumericCsv back = parseNumericCsv(
            text, {"x1", "y1", "x2", "y2", "confidence", "hard_score", "input_row"}, "w");
        QVERIFY2(back.error.empty(), back.error.c_str());
        QCOMPARE(back.rows[0][4], 0.1 + 0.2);
        QCOMPARE(back.rows[0][6], 7.0);
    }
};

QTEST_GUILESS_MAIN(TestMergePreparation)
#include "test_merge_preparation.moc"
