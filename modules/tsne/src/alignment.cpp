// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/tsne/alignment.h"

#include "lowdimknn.h"

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


double neighbourhoodAgreement(const Matrix& a, const Matrix& b, int k, int threads)
{
    const auto n = static_cast<int>(a.rows());
    if (n < 2 || b.rows() != n || k < 1 || a.cols() < 1 || a.cols() > 3 || b.cols() < 1 || b.cols() > 3)
        return 0.0;
    k = std::min(k, n - 1);
    // Both maps' k nearest from k-d trees (O(N log N)); sets compared per item.
    const int workers = threads > 0 ? threads : omp_get_num_procs();
    const std::vector<char> all(std::size_t(n), 1);
    const std::vector<int> na = lowDimensionalKnn(a, all, k, workers), nb = lowDimensionalKnn(b, all, k, workers);
    double total = 0.0;
#pragma omp parallel for schedule(static) reduction(+ : total) num_threads(workers)
    for (int i = 0; i < n; ++i) {
        std::vector<int> x(na.begin() + std::ptrdiff_t(i) * k, na.begin() + std::ptrdiff_t(i + 1) * k);
        std::vector<int> y(nb.begin() + std::ptrdiff_t(i) * k, nb.begin() + std::ptrdiff_t(i + 1) * k);
        std::sort(x.begin(), x.end());
        std::sort(y.begin(), y.end());
        std::vector<int> both;
        std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(both));
        total += double(both.size()) / k;
    }
    return total / n;
}

Eigen::VectorXf displacement(const Matrix& a, const Matrix& b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return {};
    return (a - b).rowwise().norm();
}

}  // namespace tse::tsne
