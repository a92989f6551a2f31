// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "decode.h"
#include "tse/imageio/folderreader.h"

namespace fs = std::filesystem;
using tse::imageio::FolderOptions;
using tse::imageio::readImageFolder;

namespace {

fs::path freshDir(const std::string& name)
{
    auto dir = fs::temp_directory_path() / "tse_test_folder" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void writeImage(const fs::path& path, const cv::Mat& image) { ASSERT_TRUE(cv::imwrite(path.string(), image)); }

// Wherever they are kept (in memory or in the mapped folder index).
std::vector<std::uint8_t> pixelsOf(const tse::imageio::Dataset& ds)
{
    return {ds.pixelData(), ds.pixelData() + ds.pixelBytes()};
}

}  // namespace

TEST(Folder, SubfoldersAreClassesInPathOrder)
{
    const auto dir = freshDir("classes");
    fs::create_directories(dir / "b_dogs");
    fs::create_directories(dir / "a_cats");
    writeImage(dir / "b_dogs" / "2.png", cv::Mat(20, 30, CV_8UC1, cv::Scalar(200)));
    writeImage(dir / "b_dogs" / "1.png", cv::Mat(20, 30, CV_8UC1, cv::Scalar(100)));
    writeImage(dir / "a_cats" / "x.png", cv::Mat(10, 10, CV_8UC1, cv::Scalar(50)));
    FolderOptions options;
    options.width = 8;
    options.height = 6;
    auto ds = readImageFolder(dir, options);
    ASSERT_TRUE(ds.ok()) << ds.error().message;
    EXPECT_EQ(ds->classNames, (std::vector<std::string>{"a_cats", "b_dogs"}));
    EXPECT_EQ(ds->itemPaths, (std::vector<std::string>{"a_cats/x.png", "b_dogs/1.png", "b_dogs/2.png"}));
    EXPECT_EQ(ds->labels, (std::vector<int>{0, 1, 1}));
    EXPECT_EQ(ds->channels, 1);  // all gray
    EXPECT_EQ(ds->width, 8);
    EXPECT_EQ(ds->height, 6);
    EXPECT_EQ(ds->image(0)[0], 50);
    EXPECT_EQ(ds->image(1)[0], 100);
    EXPECT_TRUE(ds->skipped.empty());
}

TEST(Folder, ColourRgbaAndSixteenBitBecomeEightBitRgb)
{
    const auto dir = freshDir("formats");
    cv::Mat bgr(16, 16, CV_8UC3, cv::Scalar(255, 0, 0));  // pure blue in OpenCV's BGR order
    writeImage(dir / "a_blue.jpg", bgr);
    cv::Mat bgra(16, 16, CV_8UC4, cv::Scalar(0, 0, 255, 128));  // red, half transparent
    writeImage(dir / "b_red.png", bgra);
    cv::Mat deep(16, 16, CV_16UC1, cv::Scalar(65535));
    writeImage(dir / "c_white16.png", deep);
    FolderOptions options;
    options.width = 4;
    options.height = 4;
    auto ds = readImageFolder(dir, options);
    ASSERT_TRUE(ds.ok()) << ds.error().message;
    ASSERT_EQ(ds->size(), 3u);
    EXPECT_EQ(ds->channels, 3);
    const auto* blue = ds->image(0);
    EXPECT_LT(blue[0], 20);   // R
    EXPECT_GT(blue[2], 230);  // B
    const auto* red = ds->image(1);
    EXPECT_EQ(red[0], 255);
    EXPECT_EQ(red[2], 0);
    const auto* white = ds->image(2);
    EXPECT_EQ(white[0], 255);
    EXPECT_EQ(white[1], 255);
    EXPECT_EQ(ds->labels[0], -1);  // flat folder: no classes
}

TEST(Folder, BadFilesAreSkippedWithReasons)
{
    const auto dir = freshDir("bad");
    writeImage(dir / "good.png", cv::Mat(8, 8, CV_8UC1, cv::Scalar(7)));
    std::ofstream(dir / "empty.png").close();
    std::ofstream(dir / "notes.txt") << "not an image";
    {
        // A PNG cut off after its header.
        std::vector<uchar> png;
        cv::imencode(".png", cv::Mat(64, 64, CV_8UC1, cv::Scalar(9)), png);
        std::ofstream(dir / "truncated.png", std::ios::binary).write(reinterpret_cast<const char*>(png.data()), 40);
    }
    FolderOptions options;
    options.maxFileBytes = 1 << 20;
    {
        std::ofstream huge(dir / "huge.bmp", std::ios::binary);
        huge << std::string((1 << 20) + 10, 'x');
    }
    auto ds = readImageFolder(dir, options);
    ASSERT_TRUE(ds.ok()) << ds.error().message;
    EXPECT_EQ(ds->size(), 1u);
    ASSERT_EQ(ds->skipped.size(), 4u);
    std::map<std::string, std::string> reasons;
    for (const auto& s : ds->skipped)
        reasons[s.path] = s.reason;
    EXPECT_NE(reasons["empty.png"].find("empty"), std::string::npos);
    EXPECT_NE(reasons["huge.bmp"].find("too large"), std::string::npos);
    EXPECT_NE(reasons["notes.txt"].find("decode"), std::string::npos);
    EXPECT_NE(reasons["truncated.png"].find("truncated PNG"), std::string::npos) << reasons["truncated.png"];
}

TEST(Folder, DecoderMessagesBecomeReasonsAndNeverReachTheConsole)
{
    // libpng and libjpeg wrote "libpng error: Read Error" and "Premature end of JPEG file"
    // to stderr, between the CLI's lines and naming no file.
    const auto dir = freshDir("decoder-messages");
    cv::Mat noise(64, 64, CV_8UC3);
    cv::randu(noise, 0, 255);
    writeImage(dir / "good.png", noise);
    std::vector<uchar> png, jpg;
    cv::imencode(".png", noise, png);
    cv::imencode(".jpg", noise, jpg);
    const auto write = [&](const char* name, const std::vector<uchar>& bytes, std::size_t n) {
        std::ofstream(dir / name, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(n));
    };
    write("half.png", png, png.size() / 2);
    write("half.jpg", jpg, jpg.size() / 2);
    auto damaged = png;
    for (std::size_t i = 40; i < damaged.size(); i += 7)
        damaged[i] ^= 0x55;
    write("damaged.png", damaged, damaged.size());
    // A valid PNG signature and IHDR claiming 50,000 × 50,000 pixels: refused before decoding.
    auto bomb = png;
    const unsigned char side[4] = {0x00, 0x00, 0xc3, 0x50};  // 50,000 big-endian
    std::copy(side, side + 4, bomb.begin() + 16);
    std::copy(side, side + 4, bomb.begin() + 20);
    write("bomb.png", bomb, bomb.size());

    testing::internal::CaptureStderr();
    auto ds = readImageFolder(dir, FolderOptions{});
    const std::string console = testing::internal::GetCapturedStderr();
    ASSERT_TRUE(ds.ok()) << ds.error().message;
    EXPECT_EQ(ds->size(), 1u);
    std::map<std::string, std::string> reasons;
    for (const auto& s : ds->skipped)
        reasons[s.path] = s.reason;
    EXPECT_EQ(reasons["half.png"], "damaged or truncated PNG (libpng: Read Error)");
    EXPECT_EQ(reasons["half.jpg"], "truncated JPEG (libjpeg: Premature end of JPEG file)");
    EXPECT_NE(reasons["damaged.png"].find("libpng: IDA"), std::string::npos) << reasons["damaged.png"];
    EXPECT_NE(reasons["bomb.png"].find("50000×50000 pixels"), std::string::npos) << reasons["bomb.png"];
    EXPECT_EQ(console, "") << "decoder messages leaked";
}

TEST(Folder, ClaimedSizesComeFromPngAndJpegHeaders)
{
    const auto dir = freshDir("claimed");
    writeImage(dir / "a.png", cv::Mat(30, 70, CV_8UC3, cv::Scalar(1, 2, 3)));
    writeImage(dir / "b.jpg", cv::Mat(41, 17, CV_8UC3, cv::Scalar(1, 2, 3)));
    std::ofstream(dir / "c.txt") << "no image";
    const auto png = tse::imageio::detail::claimedImageSize(dir / "a.png");
    ASSERT_TRUE(png.has_value());
    EXPECT_EQ(png->width, 70u);
    EXPECT_EQ(png->height, 30u);
    const auto jpg = tse::imageio::detail::claimedImageSize(dir / "b.jpg");
    ASSERT_TRUE(jpg.has_value());
    EXPECT_EQ(jpg->width, 17u);
    EXPECT_EQ(jpg->height, 41u);
    EXPECT_FALSE(tse::imageio::detail::claimedImageSize(dir / "c.txt").has_value());
}

TEST(Folder, NothingReadableIsAnError)
{
    const auto dir = freshDir("nothing");
    std::ofstream(dir / "a.txt") << "x";
    auto ds = readImageFolder(dir);
    ASSERT_FALSE(ds.ok());
    EXPECT_NE(ds.error().message.find("readable image"), std::string::npos);
    EXPECT_FALSE(readImageFolder(dir / "missing").ok());
}

TEST(Folder, CancelStopsImport)
{
    const auto dir = freshDir("cancel");
    for (int i = 0; i < 20; ++i)
        writeImage(dir / (std::to_string(i) + ".png"), cv::Mat(8, 8, CV_8UC1, cv::Scalar(i)));
    auto flag = std::make_shared<tse::CancelFlag>();
    int reports = 0;
    auto progress = tse::Progress::withFlag(flag, [&](std::string_view, double) {
        if (++reports == 5)
            flag->cancel();
    });
    auto ds = readImageFolder(dir, {}, progress);
    ASSERT_FALSE(ds.ok());
    EXPECT_EQ(ds.error().code, tse::ErrorCode::Cancelled);
}

TEST(Folder, LabelsCsvGivesClassesAndMetadata)
{
    const auto dir = freshDir("csv");
    for (const char* name : {"a.png", "b.png", "c.png", "d.png"})
        writeImage(dir / name, cv::Mat(8, 8, CV_8UC1, cv::Scalar(name[0])));
    std::ofstream(dir / "labels.csv") << "file,label,photographer\n"
                                         "a.png,zebra,\"Ann, Jr.\"\n"
                                         "b.png,ant,Bob\n"
                                         "c.png,zebra,Cy\n"
                                         "gone.png,ant,Dee\n";  // d.png is not listed
    auto ds = readImageFolder(dir);
    ASSERT_TRUE(ds.ok()) << ds.error().message;
    ASSERT_EQ(ds->size(), 4u) << "labels.csv itself is not an image";
    EXPECT_EQ(ds->classNames, (std::vector<std::string>{"ant", "zebra"}));
    EXPECT_EQ(ds->labels, (std::vector<int>{1, 0, 1, -1}));
    EXPECT_EQ(ds->metadataColumns, (std::vector<std::string>{"photographer"}));
    ASSERT_EQ(ds->metadata.size(), 4u);
    EXPECT_EQ(ds->metadata[0][0], "Ann, Jr.");
    EXPECT_EQ(ds->metadata[3][0], "");
    ASSERT_EQ(ds->skipped.size(), 1u);
    EXPECT_EQ(ds->skipped[0].path, "gone.png");
    EXPECT_NE(ds->skipped[0].reason.find("not found"), std::string::npos);

    std::ofstream(dir / "labels.csv") << "name,label\na.png,x\n";
    auto bad = readImageFolder(dir);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("'file' column"), std::string::npos);
}

namespace {

// A JPEG with an EXIF APP1 segment whose Orientation tag is `orientation` (6 = rotate 90° CW).
std::vector<uchar> jpegWithOrientation(const cv::Mat& image, int orientation)
{
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", image, jpeg, {cv::IMWRITE_JPEG_QUALITY, 100});
    // TIFF header (little endian), one IFD with one entry: tag 0x0112, SHORT, count 1, value.
    const std::vector<uchar> tiff = {'I', 'I', 42, 0, 8, 0, 0, 0,  // header, IFD at offset 8
                                     1, 0,                         // one entry
                                     0x12, 0x01, 3, 0, 1, 0, 0, 0, static_cast<uchar>(orientation), 0, 0, 0,
                                     0, 0, 0, 0};                  // no next IFD
    std::vector<uchar> app1 = {0xFF, 0xE1, 0, 0, 'E', 'x', 'i', 'f', 0, 0};
    app1.insert(app1.end(), tiff.begin(), tiff.end());
    const std::size_t length = app1.size() - 2;
    app1[2] = static_cast<uchar>(length >> 8);
    app1[3] = static_cast<uchar>(length & 0xFF);
    std::vector<uchar> out(jpeg.begin(), jpeg.begin() + 2);  // SOI
    out.insert(out.end(), app1.begin(), app1.end());
    out.insert(out.end(), jpeg.begin() + 2, jpeg.end());
    return out;
}

}  // namespace

TEST(Folder, ExifOrientationIsApplied)
{
    const auto dir = freshDir("exif");
    // 40 wide × 20 high: left half black, right half white.
    cv::Mat image(20, 40, CV_8UC1, cv::Scalar(0));
    image(cv::Rect(20, 0, 20, 20)).setTo(255);
    const auto bytes = jpegWithOrientation(image, 6);
    std::ofstream(dir / "rotated.jpg", std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    FolderOptions options;
    options.width = 20;   // the rotated image is 20 wide × 40 high
    options.height = 40;
    auto ds = readImageFolder(dir, options);
    ASSERT_TRUE(ds.ok()) << ds.error().message;
    ASSERT_EQ(ds->size(), 1u);
    // Rotated 90° clockwise, the white right half becomes the bottom half.
    const auto* px = ds->image(0);
    EXPECT_LT(px[5 * 20 + 10], 40) << "top should be dark";
    EXPECT_GT(px[35 * 20 + 10], 215) << "bottom should be light";
}

TEST(Folder, ParallelDecodingGivesTheSameDatasetForAnyThreadCount)
{
    // More files than one block of the decoder (256), bad ones among them, in three classes.
    const auto dir = freshDir("parallel");
    cv::RNG rng(7);
    for (int i = 0; i < 600; ++i) {
        const fs::path sub = dir / ("class" + std::to_string(i % 3));
        fs::create_directories(sub);
        char name[32];
        std::snprintf(name, sizeof name, "img%04d", i);
        if (i % 97 == 5) {
            std::ofstream(sub / (std::string(name) + ".png")) << "broken";
            continue;
        }
        cv::Mat image(12 + i % 9, 10 + i % 7, i % 50 == 0 ? CV_8UC3 : CV_8UC1);
        rng.fill(image, cv::RNG::UNIFORM, 0, 256);
        writeImage(sub / (std::string(name) + (i % 2 ? ".png" : ".bmp")), image);
    }
    {
        // A JPEG cut short decodes to grey with only a warning on stderr: found in a parallel block too.
        std::vector<uchar> jpeg;
        cv::Mat big(64, 64, CV_8UC3);
        rng.fill(big, cv::RNG::UNIFORM, 0, 256);
        cv::imencode(".jpg", big, jpeg);
        std::ofstream(dir / "class1" / "img0301.jpg", std::ios::binary)
            .write(reinterpret_cast<const char*>(jpeg.data()), std::streamsize(jpeg.size() / 2));
    }
    FolderOptions options;
    options.width = options.height = 8;
    std::vector<tse::imageio::Dataset> sets;
    for (int threads : {1, 2, 5}) {
        options.threads = threads;
        auto ds = readImageFolder(dir, options);
        ASSERT_TRUE(ds.ok()) << ds.error().message;
        sets.push_back(std::move(ds.value()));
    }
    ASSERT_EQ(sets[0].size(), 600u - 7u);  // i % 97 == 5 for i = 5, 102, …, 587
    EXPECT_EQ(sets[0].channels, 3);          // a few colour images make the set RGB
    ASSERT_EQ(sets[0].skipped.size(), 8u);
    for (const auto& set : sets) {
        const auto truncated = std::find_if(set.skipped.begin(), set.skipped.end(),
                                            [](const auto& s) { return s.path == "class1/img0301.jpg"; });
        ASSERT_NE(truncated, set.skipped.end());
        EXPECT_NE(truncated->reason.find("truncated JPEG"), std::string::npos) << truncated->reason;
        for (const auto& s : set.skipped)
            if (s.path != truncated->path)
                EXPECT_EQ(s.reason.find("JPEG"), std::string::npos) << s.path << ": " << s.reason;
    }
    for (std::size_t k = 1; k < sets.size(); ++k) {
        EXPECT_EQ(pixelsOf(sets[k]), pixelsOf(sets[0]));
        EXPECT_EQ(sets[k].labels, sets[0].labels);
        EXPECT_EQ(sets[k].itemPaths, sets[0].itemPaths);
        ASSERT_EQ(sets[k].skipped.size(), sets[0].skipped.size());
        for (std::size_t s = 0; s < sets[0].skipped.size(); ++s)
            EXPECT_EQ(sets[k].skipped[s].path, sets[0].skipped[s].path);
    }
    EXPECT_TRUE(std::is_sorted(sets[0].itemPaths.begin(), sets[0].itemPaths.end()));
}

namespace {

void expectSameDataset(const tse::imageio::Dataset& a, const tse::imageio::Dataset& b)
{
    EXPECT_EQ(pixelsOf(a), pixelsOf(b));
    EXPECT_EQ(a.labels, b.labels);
    EXPECT_EQ(a.itemPaths, b.itemPaths);
    EXPECT_EQ(a.classNames, b.classNames);
    EXPECT_EQ(a.metadataColumns, b.metadataColumns);
    EXPECT_EQ(a.metadata, b.metadata);
    EXPECT_EQ(a.width, b.width);
    EXPECT_EQ(a.height, b.height);
    EXPECT_EQ(a.channels, b.channels);
    EXPECT_EQ(a.source, b.source);
    ASSERT_EQ(a.skipped.size(), b.skipped.size());
    for (std::size_t i = 0; i < a.skipped.size(); ++i) {
        EXPECT_EQ(a.skipped[i].path, b.skipped[i].path);
        EXPECT_EQ(a.skipped[i].reason, b.skipped[i].reason);
    }
}

std::vector<fs::path> indexFiles(const fs::path& dir)
{
    std::vector<fs::path> out;
    if (fs::exists(dir))
        for (const auto& e : fs::directory_iterator(dir))
            out.push_back(e.path());
    return out;
}

}  // namespace

TEST(FolderIndex, ASecondOpenReadsTheIndexAndAnyChangeImportsAgain)
{
    const auto dir = freshDir("indexed");
    const auto cache = freshDir("indexed-cache");
    for (int i = 0; i < 30; ++i) {
        fs::create_directories(dir / (i % 2 ? "odd" : "even"));
        writeImage(dir / (i % 2 ? "odd" : "even") / (std::to_string(i) + ".png"),
                   cv::Mat(10 + i, 12, CV_8UC1, cv::Scalar(i * 8)));
    }
    std::ofstream(dir / "labels.csv") << "file,label,site\n3.png,odd,north\n4.png,even,south\n";
    std::ofstream(dir / "even" / "broken.png") << "no image";
    FolderOptions options;
    options.width = options.height = 16;
    options.indexDirectory = cache;

    auto first = readImageFolder(dir, options);
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_FALSE(first->fromFolderIndex);
    ASSERT_EQ(indexFiles(cache).size(), 1u);
    auto second = readImageFolder(dir, options);
    ASSERT_TRUE(second.ok()) << second.error().message;
    EXPECT_TRUE(second->fromFolderIndex);
    expectSameDataset(*first, *second);
    EXPECT_EQ(second->metadataColumns, std::vector<std::string>{"site"});
    EXPECT_EQ(second->skipped.size(), first->skipped.size());

    // Other options: another index, and the first is kept.
    options.width = 8;
    auto smaller = readImageFolder(dir, options);
    ASSERT_TRUE(smaller.ok());
    EXPECT_FALSE(smaller->fromFolderIndex);
    EXPECT_EQ(indexFiles(cache).size(), 2u);
    options.width = 16;

    // A file rewritten with other pixels (and size): imported again, the new pixels seen.
    writeImage(dir / "even" / "0.png", cv::Mat(40, 40, CV_8UC1, cv::Scalar(255)));
    auto changed = readImageFolder(dir, options);
    ASSERT_TRUE(changed.ok());
    EXPECT_FALSE(changed->fromFolderIndex);
    EXPECT_NE(pixelsOf(*changed), pixelsOf(*first));
    auto again = readImageFolder(dir, options);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->fromFolderIndex);
    expectSameDataset(*changed, *again);

    // A file added, and one removed: imported again each time.
    writeImage(dir / "odd" / "99.png", cv::Mat(9, 9, CV_8UC1, cv::Scalar(1)));
    auto added = readImageFolder(dir, options);
    ASSERT_TRUE(added.ok());
    EXPECT_FALSE(added->fromFolderIndex);
    EXPECT_EQ(added->size(), changed->size() + 1);
    fs::remove(dir / "odd" / "99.png");
    auto removed = readImageFolder(dir, options);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed->size(), changed->size());
}

TEST(FolderIndex, ADamagedIndexIsNeverTrustedAndIsReplaced)
{
    const auto dir = freshDir("damaged-index");
    const auto cache = freshDir("damaged-index-cache");
    for (int i = 0; i < 12; ++i)
        writeImage(dir / (std::to_string(i) + ".png"), cv::Mat(8, 8, CV_8UC3, cv::Scalar(i, 2 * i, 3 * i)));
    FolderOptions options;
    options.width = options.height = 8;
    options.indexDirectory = cache;
    auto reference = readImageFolder(dir, options);
    ASSERT_TRUE(reference.ok());
    // Its thumbnails are mapped from the index this test is about to overwrite in place (which
    // the program never does: it renames a new file into place).
    reference->loadPixels();
    ASSERT_EQ(indexFiles(cache).size(), 1u);
    const fs::path index = indexFiles(cache).front();
    const auto size = fs::file_size(index);
    std::string bytes(size, '\0');
    std::ifstream(index, std::ios::binary).read(bytes.data(), std::streamsize(size));

    const auto damageAndReopen = [&](const std::string& content, const char* what) {
        std::ofstream(index, std::ios::binary | std::ios::trunc).write(content.data(), std::streamsize(content.size()));
        auto reopened = readImageFolder(dir, options);
        ASSERT_TRUE(reopened.ok()) << what << ": " << reopened.error().message;
        EXPECT_FALSE(reopened->fromFolderIndex) << what;
        expectSameDataset(*reference, *reopened);
        // Replaced by a good index again.
        auto next = readImageFolder(dir, options);
        ASSERT_TRUE(next.ok());
        EXPECT_TRUE(next->fromFolderIndex) << what;
    };
    damageAndReopen(bytes.substr(0, size / 2), "cut in half (a killed writer)");
    damageAndReopen(bytes.substr(0, 10), "header only");
    damageAndReopen(std::string(), "empty");
    std::string flipped = bytes;
    // The last byte of the last item path (before the 12 labels and the trailer).
    const std::size_t pathByte = size - 16 - 12 * 4 - 1;
    flipped[pathByte] = char(flipped[pathByte] ^ 0x40);
    damageAndReopen(flipped, "one byte of an item path changed");
    std::uint64_t tailOffset = 0;
    std::memcpy(&tailOffset, bytes.data() + size - 16, sizeof tailOffset);
    std::string huge = bytes;
    // The item count (the tail's first value) claims 2^62 items.
    const std::uint64_t claimed = 1ull << 62;
    std::memcpy(huge.data() + tailOffset, &claimed, sizeof claimed);
    damageAndReopen(huge, "an absurd item count");
    std::string farTail = bytes;
    const std::uint64_t beyond = size * 4;
    std::memcpy(farTail.data() + size - 16, &beyond, sizeof beyond);
    damageAndReopen(farTail, "the tail said to start past the end");
    // Pixels are not in the checksum (it would read gigabytes at every open): any byte is a
    // pixel, so a changed one is read as it is, and nothing else changes.
    std::string pixel = bytes;
    pixel[64] = char(pixel[64] ^ 0x40);
    std::ofstream(index, std::ios::binary | std::ios::trunc).write(pixel.data(), std::streamsize(pixel.size()));
    auto changedPixel = readImageFolder(dir, options);
    ASSERT_TRUE(changedPixel.ok());
    EXPECT_TRUE(changedPixel->fromFolderIndex);
    EXPECT_EQ(changedPixel->image(0)[0], reference->image(0)[0] ^ 0x40);
    EXPECT_EQ(changedPixel->labels, reference->labels);
    // A leftover of a killed writer beside a good index is ignored.
    std::ofstream(cache / "leftover.tsefolder.partial") << "half";
    auto withLeftover = readImageFolder(dir, options);
    ASSERT_TRUE(withLeftover.ok());
    EXPECT_TRUE(withLeftover->fromFolderIndex);
}

TEST(FolderIndex, TheFolderIsKeptWithinItsLimitLeastRecentlyUsedFirst)
{
    const auto cache = freshDir("limit-cache");
    std::vector<fs::path> folders;
    for (int f = 0; f < 3; ++f) {
        const auto dir = freshDir("limit-" + std::to_string(f));
        for (int i = 0; i < 4; ++i)
            writeImage(dir / (std::to_string(i) + ".png"), cv::Mat(8, 8, CV_8UC1, cv::Scalar(f * 50 + i)));
        folders.push_back(dir);
    }
    FolderOptions options;
    options.width = options.height = 32;  // 4 × 1 KiB of pixels per index
    options.indexDirectory = cache;
    options.indexLimitBytes = 10'000;     // room for two
    ASSERT_TRUE(readImageFolder(folders[0], options).ok());
    ASSERT_TRUE(readImageFolder(folders[1], options).ok());
    EXPECT_EQ(indexFiles(cache).size(), 2u);
    // Folder 0 used again, then a third folder: folder 1 (least recently used) makes room.
    auto reused = readImageFolder(folders[0], options);
    ASSERT_TRUE(reused.ok());
    EXPECT_TRUE(reused->fromFolderIndex);
    ASSERT_TRUE(readImageFolder(folders[2], options).ok());
    EXPECT_EQ(indexFiles(cache).size(), 2u);
    auto zero = readImageFolder(folders[0], options);
    EXPECT_TRUE(zero->fromFolderIndex);
    auto one = readImageFolder(folders[1], options);
    EXPECT_FALSE(one->fromFolderIndex);
}

TEST(FolderIndex, ReadingReportsProgressAndACancelKeepsTheIndex)
{
    const auto dir = freshDir("cancel-index");
    const auto cache = freshDir("cancel-index-cache");
    for (int i = 0; i < 6; ++i)
        writeImage(dir / (std::to_string(i) + ".png"), cv::Mat(8, 8, CV_8UC1, cv::Scalar(i)));
    FolderOptions options;
    options.indexDirectory = cache;
    ASSERT_TRUE(readImageFolder(dir, options).ok());

    std::vector<double> reading;
    auto flag = std::make_shared<tse::CancelFlag>();
    auto progress = tse::Progress::withFlag(flag, [&](std::string_view stage, double fraction) {
        if (stage == "Reading the folder index") {
            reading.push_back(fraction);
            flag->cancel();
        }
    });
    auto cancelled = readImageFolder(dir, options, progress);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, tse::ErrorCode::Cancelled);
    ASSERT_FALSE(reading.empty());
    EXPECT_EQ(reading.front(), 0.0);
    // The index was good: a cancel does not throw it away.
    ASSERT_EQ(indexFiles(cache).size(), 1u);
    std::vector<double> fractions;
    auto watched = tse::Progress([&](std::string_view stage, double f) {
        if (stage == "Reading the folder index")
            fractions.push_back(f);
    }, [] { return false; });
    auto reopened = readImageFolder(dir, options, watched);
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->fromFolderIndex);
    ASSERT_GE(fractions.size(), 2u);
    EXPECT_EQ(fractions.back(), 1.0);
}
