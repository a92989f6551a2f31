// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include "tse/common/mappedfile.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace tse {

Result<std::shared_ptr<const MappedFile>> MappedFile::open(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::FileNotFound, "cannot open " + path.string());
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return makeError(ErrorCode::UnreadableFile, path.string() + " is not a regular file");
    }
    if (info.st_size <= 0) {
        ::close(fd);
        return makeError(ErrorCode::BadFormat, path.string() + " is empty");
    }
    std::shared_ptr<MappedFile> file(new MappedFile);
    file->bytes_ = static_cast<std::size_t>(info.st_size);
    void* base = ::mmap(nullptr, file->bytes_, PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);  // the mapping keeps the file
    if (base == MAP_FAILED)
        return makeError(ErrorCode::UnreadableFile, "cannot map " + path.string() + " into memory");
    file->mapping_ = base;
    return std::shared_ptr<const MappedFile>(std::move(file));
}

MappedFile::~MappedFile()
{
    if (mapping_)
        ::munmap(mapping_, bytes_);
}

void MappedFile::release(std::size_t offset, std::size_t bytes) const
{
    if (offset >= bytes_)
        return;
    const std::size_t end = offset + std::min(bytes, bytes_ - offset);
    const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t alignedBegin = (offset + page - 1) / page * page;
    const std::size_t alignedEnd = end / page * page;
    if (alignedEnd > alignedBegin)
        ::madvise(static_cast<char*>(mapping_) + alignedBegin, alignedEnd - alignedBegin, MADV_DONTNEED);
}

}  // namespace tse
