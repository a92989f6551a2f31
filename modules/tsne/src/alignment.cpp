#include "tse/tsne/alignment.h"

#include <Eigen/SVD>
#include <omp.h>

#include <algorithm>
#include <vector>

namespace tse::tsne {

Matrix procrustesAlign(const Matrix& reference, const Matrix& moving)
{
    if (reference.rows() != moving.rows() || reference.cols() != moving.cols() || reference.rows() == 0)
        return moving;
    const Eigen::RowVectorXd refMean = reference.cast<double>().colwise().mean();
    const Eigen::RowVectorXd movMean = moving.cast<double>().colwise().mean();
    const Eigen::MatrixXd a = moving.cast<double>().rowwise() - movMean;
    const Eigen::MatrixXd b = reference.cast<double>().rowwise() - refMean;
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(a.transpose() * b, Eigen::ComputeFullU | Eigen::ComputeFullV);
    const Eigen::MatrixXd rotation = svd.matrixU() * svd.matrixV().transpose();
    const Eigen::MatrixXd aligned = (a * rotation).rowwise() + refMean;
    return aligned.cast<float>();
}

namespace {

std::vector<int> nearest(const Matrix& m, int i, int k, std::vector<std::pair<float, int>>& scratch)
{
    const auto n = static_cast<int>(m.rows());
    scratch.clear();
    for (int j = 0; j < n; ++j)
        if (j != i)
            scratch.emplace_back((m.row(i) - m.row(j)).squaredNorm(), j);
    std::partial_sort(scratch.begin(), scratch.begin() + k, scratch.end());
    std::vector<int> out(k);
    for (int m2 = 0; m2 < k; ++m2)
        out[m2] = scratch[m2].second;
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

double neighbourhoodAgreement(const Matrix& a, const Matrix& b, int k, int threads)
{
    const auto n = static_cast<int>(a.rows());
    if (n < 2 || b.rows() != n || k < 1)
        return 0.0;
    k = std::min(k, n - 1);
    std::vector<double> shared(n, 0.0);
#pragma omp parallel num_threads(threads > 0 ? threads : omp_get_num_procs())
    {
        std::vector<std::pair<float, int>> scratch;
#pragma omp for schedule(dynamic, 64)
        for (int i = 0; i < n; ++i) {
            const auto na = nearest(a, i, k, scratch);
            const auto nb = nearest(b, i, k, scratch);
            std::vector<int> both;
            std::set_intersection(na.begin(), na.end(), nb.begin(), nb.end(), std::back_inserter(both));
            shared[i] = double(both.size()) / k;
        }
    }
    double total = 0.0;
    for (double v : shared)
        total += v;
    return total / n;
}

Eigen::VectorXf displacement(const Matrix& a, const Matrix& b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return {};
    return (a - b).rowwise().norm();
}

}  // namespace tse::tsne
