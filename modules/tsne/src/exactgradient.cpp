#include <cmath>
#include <vector>

#include "gradient.h"

namespace tse::tsne::detail {
namespace {

template <int D>
void attractiveImpl(const SparseMatrix& p, const double* y, int threads, double* forces, double* sumPLogQ)
{
    const int n = p.n;
    std::vector<double> logTerms(sumPLogQ ? n : 0, 0.0);
#pragma omp parallel for schedule(dynamic, 512) num_threads(threads)
    for (int i = 0; i < n; ++i) {
        double f[D] = {};
        double logSum = 0.0;
        const double* yi = y + std::size_t(i) * D;
        for (std::int64_t e = p.rowStart[i]; e < p.rowStart[i + 1]; ++e) {
            const double* yj = y + std::size_t(p.columns[e]) * D;
            double diff[D];
            double d2 = 0.0;
            for (int c = 0; c < D; ++c) {
                diff[c] = yi[c] - yj[c];
                d2 += diff[c] * diff[c];
            }
            const double q = 1.0 / (1.0 + d2);
            const double w = double(p.values[e]) * q;
            for (int c = 0; c < D; ++c)
                f[c] += w * diff[c];
            if (sumPLogQ)
                logSum += double(p.values[e]) * std::log(q);
        }
        for (int c = 0; c < D; ++c)
            forces[std::size_t(i) * D + c] = f[c];
        if (sumPLogQ)
            logTerms[i] = logSum;
    }
    if (sumPLogQ) {
        double total = 0.0;
        for (double v : logTerms)
            total += v;
        *sumPLogQ = total;
    }
}

template <int D>
double exactRepulsionImpl(const double* y, int n, int threads, double* forces)
{
    std::vector<double> z(n, 0.0);
#pragma omp parallel for schedule(dynamic, 64) num_threads(threads)
    for (int i = 0; i < n; ++i) {
        double f[D] = {};
        double zi = 0.0;
        const double* yi = y + std::size_t(i) * D;
        for (int j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const double* yj = y + std::size_t(j) * D;
            double diff[D];
            double d2 = 0.0;
            for (int c = 0; c < D; ++c) {
                diff[c] = yi[c] - yj[c];
                d2 += diff[c] * diff[c];
            }
            const double q = 1.0 / (1.0 + d2);
            zi += q;
            for (int c = 0; c < D; ++c)
                f[c] += q * q * diff[c];
        }
        for (int c = 0; c < D; ++c)
            forces[std::size_t(i) * D + c] = f[c];
        z[i] = zi;
    }
    double total = 0.0;
    for (double v : z)
        total += v;
    return total;
}

}  // namespace

void attractiveForces(const SparseMatrix& p, const double* y, int dims, int threads, double* forces,
                      double* sumPLogQ)
{
    if (dims == 2)
        attractiveImpl<2>(p, y, threads, forces, sumPLogQ);
    else
        attractiveImpl<3>(p, y, threads, forces, sumPLogQ);
}

double exactRepulsion(const double* y, int n, int dims, int threads, double* forces)
{
    return dims == 2 ? exactRepulsionImpl<2>(y, n, threads, forces) : exactRepulsionImpl<3>(y, n, threads, forces);
}

double sumPLogP(const SparseMatrix& p)
{
    double total = 0.0;
    for (float v : p.values)
        if (v > 0)
            total += double(v) * std::log(double(v));
    return total;
}

}  // namespace tse::tsne::detail
