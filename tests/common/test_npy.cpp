// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>

#include "tse/common/npy.h"

namespace fs = std::filesystem;

namespace {

fs::path tempFile(const std::string& name)
{
    auto dir = fs::temp_directory_path() / "tse_test_npy";
    fs::create_directories(dir);
    return dir / name;
}

// Writes a .npy by hand, as NumPy would, to test reading independently of our writer.
// offsetRemainder: where the data start modulo 64 (NumPy: 0; 2 makes float32 data misaligned).
void writeRawNpy(const fs::path& path, const std::string& descr, const std::string& shape, const void* data,
                 std::size_t bytes, bool fortran = false, std::size_t offsetRemainder = 0)
{
    std::string header = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") +
                         ", 'shape': " + shape + ", }";
    while ((10 + header.size() + 1) % 64 != offsetRemainder)
        header += ' ';
    header += '\n';
    std::ofstream out(path, std::ios::binary);
    const char magic[] = {'\x93', 'N', 'U', 'M', 'P', 'Y', 1, 0};
    out.write(magic, 8);
    const unsigned short len = static_cast<unsigned short>(header.size());
    out.write(reinterpret_cast<const char*>(&len), 2);
    out << header;
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(bytes));
}

}  // namespace

TEST(Npy, RoundTripsFloatMatrix)
{
    tse::Matrix m(3, 2);
    m << 1.5f, -2.0f, 3.25f, 0.0f, 1e-7f, 42.0f;
    const auto path = tempFile("m.npy");
    ASSERT_TRUE(tse::npy::writeMatrix(path, m).ok());
    auto back = tse::npy::readMatrix(path);
    ASSERT_TRUE(back.ok()) << back.error().message;
    ASSERT_EQ(back->rows(), 3);
    ASSERT_EQ(back->cols(), 2);
    EXPECT_EQ(back.value(), m);
}

TEST(Npy, ReadsFloat64WrittenByHand)
{
    const double values[] = {1.0, 2.0, 3.0, 4.0, 5.0, 6.0};
    const auto path = tempFile("f8.npy");
    writeRawNpy(path, "<f8", "(2, 3)", values, sizeof values);
    auto m = tse::npy::readMatrix(path);
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_EQ(m->rows(), 2);
    EXPECT_EQ(m->cols(), 3);
    EXPECT_FLOAT_EQ((*m)(1, 2), 6.0f);
    EXPECT_FLOAT_EQ((*m)(0, 1), 2.0f);
}

TEST(Npy, LabelsRoundTripAndRejectFractions)
{
    const auto path = tempFile("labels.npy");
    ASSERT_TRUE(tse::npy::writeLabels(path, {3, 1, 4, 1, 5}).ok());
    auto labels = tse::npy::readLabels(path);
    ASSERT_TRUE(labels.ok());
    EXPECT_EQ(labels.value(), (std::vector<std::int64_t>{3, 1, 4, 1, 5}));

    const float fractional[] = {0.5f, 1.0f};
    writeRawNpy(path, "<f4", "(2,)", fractional, sizeof fractional);
    auto bad = tse::npy::readLabels(path);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("integers"), std::string::npos);
}

TEST(Npy, RejectsBadFilesWithReasons)
{
    auto missing = tse::npy::readMatrix(tempFile("does-not-exist.npy"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, tse::ErrorCode::FileNotFound);

    const auto notNpy = tempFile("text.npy");
    std::ofstream(notNpy) << "hello world, not numpy";
    auto wrongMagic = tse::npy::readMatrix(notNpy);
    ASSERT_FALSE(wrongMagic.ok());
    EXPECT_EQ(wrongMagic.error().code, tse::ErrorCode::BadFormat);

    const float values[] = {1, 2, 3, 4};
    const auto truncated = tempFile("truncated.npy");
    writeRawNpy(truncated, "<f4", "(4, 4)", values, sizeof values);
    auto shortData = tse::npy::readMatrix(truncated);
    ASSERT_FALSE(shortData.ok());
    EXPECT_NE(shortData.error().message.find("shorter"), std::string::npos);

    const auto fortran = tempFile("fortran.npy");
    writeRawNpy(fortran, "<f4", "(2, 2)", values, sizeof values, true);
    EXPECT_FALSE(tse::npy::readMatrix(fortran).ok());

    const auto complex = tempFile("complex.npy");
    writeRawNpy(complex, "<c8", "(2,)", values, sizeof values);
    auto unsupported = tse::npy::readMatrix(complex);
    ASSERT_FALSE(unsupported.ok());
    EXPECT_NE(unsupported.error().message.find("dtype"), std::string::npos);
}

// Hostile headers (issue 19): each used to throw or allocate gigabytes before failing.
TEST(Npy, HostileHeadersAreRefusedBeforeAnythingIsAllocated)
{
    const float values[] = {1, 2, 3, 4};
    // A 20-digit dimension: std::stoll threw out_of_range and ended the CLI.
    const auto huge = tempFile("twenty-digits.npy");
    writeRawNpy(huge, "<f4", "(12345678901234567890, 2)", values, sizeof values);
    auto tooLarge = tse::npy::readMatrix(huge);
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_NE(tooLarge.error().message.find("too large"), std::string::npos) << tooLarge.error().message;
    EXPECT_NE(tooLarge.error().message.find(huge.string()), std::string::npos) << "the message names the file";

    // 600,000,000 × 1,000 float32 claimed by a file of a few bytes: the size is checked against
    // the bytes present, not allocated (2.4 GB) and then found missing.
    const auto claim = tempFile("claims-gigabytes.npy");
    writeRawNpy(claim, "<f4", "(600000000, 1000)", values, sizeof values);
    auto refused = tse::npy::readMatrix(claim);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("16 present"), std::string::npos) << refused.error().message;

    // rows × cols × 8 beyond 64 bits.
    const auto wraps = tempFile("wraps.npy");
    writeRawNpy(wraps, "<f8", "(1099511627776, 1099511627776)", values, sizeof values);
    EXPECT_FALSE(tse::npy::readMatrix(wraps).ok());
}

TEST(Npy, LabelsOutsideTheIntegerRangeAreRefused)
{
    // 2.7e20 is integral but no int64: converting it was undefined behaviour.
    const double big[] = {1.0, 2.7e20};
    const auto path = tempFile("big-labels.npy");
    writeRawNpy(path, "<f8", "(2,)", big, sizeof big);
    auto labels = tse::npy::readLabels(path);
    ASSERT_FALSE(labels.ok());
    EXPECT_NE(labels.error().message.find("integers"), std::string::npos);
    const double fine[] = {0.0, 3.0, -1.0};
    writeRawNpy(path, "<f8", "(3,)", fine, sizeof fine);
    auto ok = tse::npy::readLabels(path);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok.value(), (std::vector<std::int64_t>{0, 3, -1}));
}

TEST(Npy, ALongHeaderIsScannedWithoutRecursion)
{
    // A version-2 header of 900 KB whose dtype string runs on: the std::regex used before
    // recursed per character and overflowed the stack. Now a plain scan refuses the dtype.
    std::string header = "{'descr': '<" + std::string(900'000, 'f') + "', 'fortran_order': False, 'shape': (2, 2), }";
    header += '\n';
    const auto path = tempFile("long-header.npy");
    {
        std::ofstream out(path, std::ios::binary);
        const char magic[] = {'\x93', 'N', 'U', 'M', 'P', 'Y', 2, 0};
        out.write(magic, 8);
        const std::uint32_t length = std::uint32_t(header.size());
        out.write(reinterpret_cast<const char*>(&length), 4);
        out << header;
        out << std::string(16, '\0');
    }
    auto result = tse::npy::readMatrix(path);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find(path.string()), std::string::npos) << result.error().message;

    // Shapes written by other tools: spaces, a trailing comma, Python 2's long suffix.
    const float values[] = {1, 2, 3, 4, 5, 6};
    const auto spaced = tempFile("spaced-shape.npy");
    writeRawNpy(spaced, "<f4", "( 3L , 2 ,)", values, sizeof values);
    auto read = tse::npy::readMatrix(spaced);
    ASSERT_TRUE(read.ok()) << read.error().message;
    EXPECT_EQ(read->rows(), 3);
    EXPECT_EQ(read->cols(), 2);
    const auto garbage = tempFile("garbage-shape.npy");
    writeRawNpy(garbage, "<f4", "(3, x)", values, sizeof values);
    EXPECT_FALSE(tse::npy::readMatrix(garbage).ok());
}

// A mapped matrix hands out the same rows readMatrix reads, as views (float32) or converted
// (float64, or float32 behind a header of odd length), and again after the rows were released.
TEST(Npy, MappedMatrixGivesTheRowsReadMatrixReads)
{
    tse::Matrix m = tse::Matrix::Random(1000, 7);
    const auto path = tempFile("mapped.npy");
    ASSERT_TRUE(tse::npy::writeMatrix(path, m).ok());
    auto mapped = tse::npy::MappedMatrix::open(path);
    ASSERT_TRUE(mapped.ok()) << mapped.error().message;
    const auto& rows = *mapped.value();
    EXPECT_EQ(rows.rows(), 1000);
    EXPECT_EQ(rows.cols(), 7);
    tse::Matrix scratch;
    EXPECT_EQ(tse::Matrix(rows.block(10, 5, scratch)), m.middleRows(10, 5));
    EXPECT_EQ(scratch.size(), 0) << "float32 rows are viewed where they lie, not copied";
    rows.release(0, 1000);
    EXPECT_EQ(tse::toMatrix(rows), m) << "released rows read back from the file";

    const double values[] = {1.0, 2.5, -3.0, 4.0, 5.0, 6.0};
    const auto wide = tempFile("mapped-f8.npy");
    writeRawNpy(wide, "<f8", "(3, 2)", values, sizeof values);
    auto f8 = tse::npy::MappedMatrix::open(wide);
    ASSERT_TRUE(f8.ok()) << f8.error().message;
    EXPECT_EQ(tse::toMatrix(*f8.value()), tse::npy::readMatrix(wide).value());

    const float floats[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f};
    const auto odd = tempFile("mapped-odd.npy");
    writeRawNpy(odd, "<f4", "(2, 3)", floats, sizeof floats, false, 2);
    auto misaligned = tse::npy::MappedMatrix::open(odd);
    ASSERT_TRUE(misaligned.ok()) << misaligned.error().message;
    tse::Matrix expected(2, 3);
    expected << 1, 2, 3, 4, 5, 6;
    EXPECT_EQ(tse::toMatrix(*misaligned.value()), expected);
}

// The checks readMatrix makes are made before anything is mapped.
TEST(Npy, MappedMatrixRefusesWhatReadMatrixRefuses)
{
    const float floats[] = {1.0f, 2.0f, 3.0f};
    const auto shortFile = tempFile("mapped-short.npy");
    writeRawNpy(shortFile, "<f4", "(1000000, 50)", floats, sizeof floats);
    auto refused = tse::npy::MappedMatrix::open(shortFile);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("shorter than its header says"), std::string::npos);
    EXPECT_NE(refused.error().message.find(shortFile.string()), std::string::npos);
    auto missing = tse::npy::MappedMatrix::open(tempFile("no-such-file.npy"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, tse::ErrorCode::FileNotFound);
}
