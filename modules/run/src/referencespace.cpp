// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/run/referencespace.h"

#include <cstdint>
#include <cstdio>

namespace tse::run {
namespace {

void fnv(std::uint64_t& h, const void* data, std::size_t bytes)
{
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < bytes; ++i) {
        h ^= p[i];
        h *= 1099511628211ull;
    }
}

}  // namespace

Result<Matrix> ReferenceSpace::project(const Matrix& x) const
{
    if (static_cast<std::size_t>(x.cols()) != featureCount)
        return makeError(ErrorCode::InvalidArgument, "the new items have " + std::to_string(x.cols()) +
                                                         " features each but the map was made from " +
                                                         std::to_string(featureCount));
    if (!x.allFinite())
        return makeError(ErrorCode::InvalidArgument, "the new items' features contain NaN or infinite values");
    if (!hasPca())
        return x;
    Matrix centred = x.rowwise() - pcaMean.transpose();
    return Matrix(centred * pcaComponents.transpose());
}

Status ReferenceSpace::check() const
{
    if (!features || features->rows() < 1 || featureCount < 1)
        return makeError(ErrorCode::BadFormat, "the map's feature space is empty");
    if (hasPca()) {
        if (static_cast<std::size_t>(pcaMean.size()) != featureCount ||
            static_cast<std::size_t>(pcaComponents.cols()) != featureCount ||
            pcaComponents.rows() != features->cols())
            return makeError(ErrorCode::BadFormat, "the map's PCA basis does not fit its features");
        if (!pcaMean.allFinite() || !pcaComponents.allFinite())
            return makeError(ErrorCode::BadFormat, "the map's PCA basis contains NaN or infinite values");
    } else if (static_cast<std::size_t>(features->cols()) != featureCount || pcaMean.size() != 0) {
        return makeError(ErrorCode::BadFormat, "the map's features do not have the stated width");
    }
    if (!features->allFinite())
        return makeError(ErrorCode::BadFormat, "the map's features contain NaN or infinite values");
    return Status::success();
}

std::string ReferenceSpace::contentKey() const
{
    std::uint64_t h = 14695981039346656037ull;
    const std::uint64_t shape[4] = {featureCount, std::uint64_t(items()), std::uint64_t(dimensions()),
                                    std::uint64_t(pcaComponents.rows())};
    fnv(h, shape, sizeof shape);
    fnv(h, pcaMean.data(), sizeof(float) * std::size_t(pcaMean.size()));
    fnv(h, pcaComponents.data(), sizeof(float) * std::size_t(pcaComponents.size()));
    if (features)
        fnv(h, features->data(), sizeof(float) * std::size_t(features->size()));
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
    return text;
}

}  // namespace tse::run
