#include <omp.h>

#include <algorithm>
#include <queue>

#include "tse/tsne/affinities.h"

namespace tse::tsne {

Result<NeighbourGraph> exactNeighbours(const Matrix& data, int k, int threads, const Progress& progress)
{
    const auto n = static_cast<int>(data.rows());
    if (k < 1 || k >= n)
        return makeError(ErrorCode::InvalidArgument, "neighbour count must be between 1 and N−1");
    NeighbourGraph graph;
    graph.n = n;
    graph.k = k;
    graph.indices.resize(std::size_t(n) * k);
    graph.squaredDistances.resize(std::size_t(n) * k);
    const Eigen::VectorXf norms = data.rowwise().squaredNorm();

    // Each block of rows is one matrix product against all rows: ‖a−b‖² = ‖a‖² + ‖b‖² − 2a·b.
    const int block = 256;
    const int blocks = (n + block - 1) / block;
    int blocksDone = 0;
    bool cancelled = false;
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
    for (int b = 0; b < blocks; ++b) {
        if (cancelled)
            continue;
        const int first = b * block;
        const int rows = std::min(block, n - first);
        Eigen::MatrixXf dots = data.middleRows(first, rows) * data.transpose();  // rows × n
        std::vector<std::pair<float, int>> heap;
        heap.reserve(k + 1);
        for (int r = 0; r < rows; ++r) {
            const int i = first + r;
            heap.clear();
            for (int j = 0; j < n; ++j) {
                if (j == i)
                    continue;
                const float d = std::max(0.0f, norms[i] + norms[j] - 2.0f * dots(r, j));
                if (static_cast<int>(heap.size()) < k) {
                    heap.emplace_back(d, j);
                    std::push_heap(heap.begin(), heap.end());
                } else if (d < heap.front().first) {
                    std::pop_heap(heap.begin(), heap.end());
                    heap.back() = {d, j};
                    std::push_heap(heap.begin(), heap.end());
                }
            }
            std::sort_heap(heap.begin(), heap.end());
            for (int m = 0; m < k; ++m) {
                graph.indices[std::size_t(i) * k + m] = heap[m].second;
                graph.squaredDistances[std::size_t(i) * k + m] = heap[m].first;
            }
        }
#pragma omp critical(tse_knn_progress)
        {
            ++blocksDone;
            if (omp_get_thread_num() == 0 || blocksDone == blocks) {
                progress.report("Nearest neighbours", double(blocksDone) / blocks);
                if (progress.cancelled())
                    cancelled = true;
            }
        }
    }
    if (cancelled)
        return makeError(ErrorCode::Cancelled, "the neighbour search was cancelled");
    return graph;
}

}  // namespace tse::tsne
