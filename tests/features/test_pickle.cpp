#include <gtest/gtest.h>

#include <string>

#include "torchpickle.h"

using namespace tse::features::detail;

namespace {

tse::Result<PickleResult> run(const std::string& bytes)
{
    return unpickle(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

TEST(Pickle, ReadsScalarsTuplesAndDicts)
{
    // pickle.dumps({"a": (1, -2, 300, True), "b": [None, 1.5]}, protocol=2)
    const std::string bytes(
        "\x80\x02}q\x00(X\x01\x00\x00\x00" "aq\x01(K\x01J\xfe\xff\xff\xffM,\x01\x88tq\x02X\x01\x00\x00\x00" "bq\x03]q\x04(NG?\xf8\x00\x00\x00\x00\x00\x00" "eu.",
        54);
    auto result = run(bytes);
    ASSERT_TRUE(result.ok()) << result.error().message;
    EXPECT_EQ(result->bytesRead, bytes.size());
    const PickleValue& dict = *result->value;
    ASSERT_EQ(dict.kind, PickleValue::Kind::Dict);
    ASSERT_EQ(dict.entries.size(), 2u);
    EXPECT_EQ(dict.entries[0].first->text, "a");
    const auto& tuple = *dict.entries[0].second;
    ASSERT_EQ(tuple.items.size(), 4u);
    EXPECT_EQ(tuple.items[0]->integer, 1);
    EXPECT_EQ(tuple.items[1]->integer, -2);
    EXPECT_EQ(tuple.items[2]->integer, 300);
    EXPECT_EQ(tuple.items[3]->kind, PickleValue::Kind::Bool);
    const auto& list = *dict.entries[1].second;
    ASSERT_EQ(list.items.size(), 2u);
    EXPECT_EQ(list.items[0]->kind, PickleValue::Kind::None);
    EXPECT_DOUBLE_EQ(list.items[1]->real, 1.5);
}

TEST(Pickle, TruncatedOrUnknownStreamsAreErrorsNotCrashes)
{
    EXPECT_FALSE(run(std::string("\x80\x02}q\x00(X\x05\x00\x00\x00" "ab", 12)).ok());
    EXPECT_FALSE(run("").ok());
    auto unknown = run(std::string("\x80\x02\xff.", 4));
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().message.find("0xff"), std::string::npos);
    // A memo read before any write.
    EXPECT_FALSE(run(std::string("\x80\x02h\x07.", 5)).ok());
}

TEST(Pickle, AStateDictNeedsTensors)
{
    // pickle.dumps({"x": 1}, protocol=2): a dict, but no tensors in it.
    auto result = run(std::string("\x80\x02}q\x00X\x01\x00\x00\x00xq\x01K\x01s.", 17));
    ASSERT_TRUE(result.ok()) << result.error().message;
    auto tensors = stateDictTensors(*result->value);
    ASSERT_FALSE(tensors.ok());
    EXPECT_NE(tensors.error().message.find("no tensors"), std::string::npos);
}
