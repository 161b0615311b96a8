// merge_bench: speed and memory of shelf_merge on the golden cases, against the authors' Python.
// Each measurement runs in a forked child so that its peak memory (VmHWM) is its own.
// Usage: merge_bench [golden-dir] [--reps N]

#include "golden_case.h"
#include "merger.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <thread>

using namespace shelf::merge;
using namespace shelf::merge::testing;

namespace {

struct Measure
{
    double ms = 0; // best of the repetitions
    double peakMb = 0;
    std::size_t outputs = 0;
    std::size_t largestBlob = 0; // candidates in the largest blob
    double recall = 0;
};

double peakMb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return -1;
}

// Runs `body` `reps` times in a child process; the child reports through a pipe.
Measure measure(const std::function<MergeResult()>& body, int reps,
                const std::vector<Candidate>& truth)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        Measure m;
        m.ms = 1e300;
        MergeResult r;
        for (int i = 0; i < reps; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            r = body();
            m.ms = std::min(m.ms, std::chrono::duration<double, std::milli>(
                                      std::chrono::steady_clock::now() - t0)
                                      .count());
        }
        m.peakMb = peakMb();
        m.outputs = r.kept.size();
        for (const BlobDiagnostics& b : r.blobs)
            m.largestBlob = std::max(m.largestBlob, b.n);
        m.recall = truth.empty()
                       ? 0
                       : static_cast<double>(matchedProducts(keptBoxes(r), truth)) / truth.size();
        const ssize_t written = write(fds[1], &m, sizeof m);
        _exit(written == sizeof m ? 0 : 1);
    }
    close(fds[1]);
    Measure m;
    if (read(fds[0], &m, sizeof m) != sizeof m)
        m = {};
    close(fds[0]);
    waitpid(pid, nullptr, 0);
    return m;
}

MergeOptions options(Method method, int threads)
{
    MergeOptions o;
    o.method = method;
    o.threads = threads;
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    std::string dir = SHELF_GOLDEN_EM_DIR;
    int reps = 15;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--reps" && i + 1 < argc)
            reps = std::max(1, std::atoi(argv[++i]));
        else
            dir = arg;
    }
    const auto names = goldenCaseNames(dir);
    if (names.empty()) {
        std::fprintf(stderr, "no golden cases in %s\n", dir.c_str());
        return 1;
    }
    std::printf(
        "merge_bench: %zu golden cases, best of %d runs (reference: of %d), hardware threads %u\n",
        names.size(), reps, std::max(1, reps / 5), std::thread::hardware_concurrency());
    std::printf("%-28s %7s | %8s %8s %7s %6s %6s | %8s %6s %6s %6s\n", "case", "authors", "em_1t",
                "em_all", "speedup", "peakMB", "recall", "ref_ms", "speedup", "peakMB", "recall");
    std::printf("%-28s %7s | %8s %8s %7s %6s %6s | %8s %6s %6s %6s\n", "", "s", "ms", "ms", "x", "",
                "@0.5", "", "x", "", "@0.5");
    double worstDefault = 1e300;
    double worstReference = 1e300;
    for (const std::string& name : names) {
        const GoldenCase c = loadGoldenCase(dir, name);
        if (!c.error.empty()) {
            std::printf("%s: %s\n", name.c_str(), c.error.c_str());
            continue;
        }
        const double authorsS = c.summaryNumber("seconds_min");
        const Measure em1 =
            measure([&] { return merge(c.candidates, c.size, options(Method::EmDefault, 1)); },
                    reps, c.truth);
        const Measure emAll =
            measure([&] { return merge(c.candidates, c.size, options(Method::EmDefault, 0)); },
                    reps, c.truth);
        const Measure ref =
            measure([&] { return merge(c.candidates, c.size, options(Method::EmReference, 0)); },
                    std::max(1, reps / 5), c.truth);
        const double emBest = std::min(em1.ms, emAll.ms);
        const double speedup = authorsS * 1000 / emBest;
        const double refSpeedup = authorsS * 1000 / ref.ms;
        worstDefault = std::min(worstDefault, speedup);
        worstReference = std::min(worstReference, refSpeedup);
        std::printf("%-28s %7.3f | %8.2f %8.2f %7.0f %6.1f %6.3f | %8.1f %6.1f %6.1f %6.3f\n",
                    name.c_str(), authorsS, em1.ms, emAll.ms, speedup, emAll.peakMb, emAll.recall,
                    ref.ms, refSpeedup, ref.peakMb, ref.recall);
        std::fflush(stdout);
    }
    std::printf("slowest speed-up over the authors: default %.0fx, reference %.1fx\n", worstDefault,
                worstReference);

    // The memory bound of the issue: 9999 candidates in one blob on a 12 MP image, boxes of
    // 300-400 x 500-600 px strewn over the whole image so that they form a single blob.
    std::mt19937_64 rng(5);
    std::vector<Candidate> big;
    for (int i = 0; i < 9999; ++i) {
        const double x = static_cast<double>(rng() % 3600);
        const double y = static_cast<double>(rng() % 2400);
        big.push_back({x, y, x + 300 + static_cast<double>(rng() % 100),
                       y + 500 + static_cast<double>(rng() % 100),
                       0.2 + static_cast<double>(rng() % 1000) / 1300.0, 0.9});
    }
    for (const Method m : {Method::EmDefault, Method::EmReference}) {
        const Measure r = measure([&] { return merge(big, {4000, 3000}, options(m, 0)); }, 1, {});
        std::printf("%zu candidates on 4000x3000, %s: largest blob %zu, %.0f ms, peak %.1f MB, %zu "
                    "outputs\n",
                    big.size(), std::string(methodName(m)).c_str(), r.largestBlob, r.ms, r.peakMb,
                    r.outputs);
    }
    return 0;
}
