// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "picklewriter.h"
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

// Regression tests for what fuzzing the interpreter found (issue 19). Each stream is made by
// hand and is a few bytes, except the nesting and value-count ones, which need their size.

TEST(PickleHostile, TextIntegersThatAreNotNumbersAreErrors)
{
    // Was std::stoll: out_of_range / invalid_argument escaped and ended the program.
    for (const char* digits : {"99999999999999999999", "abc", "", "12x"}) {
        tse::testing::PickleWriter w;
        w.proto().textInt(digits).stop();
        auto result = run(w.bytes());
        ASSERT_FALSE(result.ok()) << digits;
        EXPECT_NE(result.error().message.find("text integer"), std::string::npos) << result.error().message;
    }
    tse::testing::PickleWriter fine;
    fine.proto().textInt("-9223372036854775808").stop();
    auto parsed = run(fine.bytes());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->value->integer, INT64_MIN);
}

TEST(PickleHostile, ALengthNearTwoToTheSixtyFourDoesNotWrap)
{
    // BINUNICODE8 claiming 2^64 - 16 bytes: pos + n wrapped, passed the bounds check and
    // std::string threw length_error.
    tse::testing::PickleWriter w;
    w.proto().raw("\x8d").little(0xfffffffffffffff0ull, 8).raw("abc.");
    auto result = run(w.bytes());
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("past the end"), std::string::npos) << result.error().message;
}

TEST(PickleHostile, DeepNestingIsFreedWithoutRecursion)
{
    // 100,000 tuples each holding the previous: the recursive shared_ptr destructor overflowed
    // the stack. The arena frees them in a flat loop.
    tse::testing::PickleWriter w;
    w.proto().raw(")");
    for (int i = 0; i < 100'000; ++i)
        w.raw("\x85");  // TUPLE1
    w.stop();
    {
        auto result = run(w.bytes());
        ASSERT_TRUE(result.ok()) << result.error().message;
        const PickleValue* v = result->value;
        int depth = 0;
        while (v->kind == PickleValue::Kind::Tuple && !v->items.empty()) {
            v = v->items[0];
            ++depth;
        }
        EXPECT_EQ(depth, 100'000);
    }  // the result (and its 100,001 values) is destroyed here
}

TEST(PickleHostile, AListThatContainsItselfIsNoLeak)
{
    // EMPTY_LIST, BINPUT 0, BINGET 0, APPEND: the list holds itself. With shared_ptr that was
    // a reference cycle (LeakSanitizer reported it); with the arena it is a plain pointer.
    auto result = run(std::string("\x80\x02]q\x00h\x00" "a.", 9));
    ASSERT_TRUE(result.ok()) << result.error().message;
    ASSERT_EQ(result->value->items.size(), 1u);
    EXPECT_EQ(result->value->items[0], result->value);
}

TEST(PickleHostile, TheNumberOfValuesIsBounded)
{
    // One value per opcode byte: a million EMPTY_TUPLEs would be ~250 MB. The mechanism is
    // tested with a small limit; the real one is kMaxPickleValues.
    std::string stream = "\x80\x02";
    stream.append(1001, ')');
    stream += '.';
    const auto* data = reinterpret_cast<const std::uint8_t*>(stream.data());
    auto refused = unpickle(data, stream.size(), 1000);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("more than 1000 values"), std::string::npos) << refused.error().message;
    auto accepted = unpickle(data, stream.size(), 1001);
    EXPECT_TRUE(accepted.ok()) << accepted.error().message;
}

TEST(PickleHostile, TensorOffsetsThatOverflowAreErrors)
{
    tse::testing::PickleWriter w;
    w.proto().tensor("0", 4, {1}, {1}, INT64_MAX).stop();
    auto first = run(w.bytes());
    ASSERT_TRUE(first.ok()) << first.error().message;  // offset INT64_MAX alone is representable
    // A legacy view adds its own offset: INT64_MAX + 1 overflowed (undefined behaviour).
    tse::testing::PickleWriter view;
    view.proto().global("torch._utils", "_rebuild_tensor_v2").mark();
    view.mark().string("storage").global("torch", "FloatStorage").string("0").string("cpu").integer(4);
    view.mark().string("v").integer(1).integer(4).tuple().tuple().persistentId();
    view.integer(INT64_MAX).ints({1}).ints({1}).falseValue();
    view.global("collections", "OrderedDict").mark().tuple().reduce().tuple().reduce().stop();
    auto second = run(view.bytes());
    ASSERT_FALSE(second.ok());
    EXPECT_NE(second.error().message.find("overflow"), std::string::npos) << second.error().message;
}

TEST(PickleHostile, StringsCannotGrowPastTheirBudget)
{
    // Found by the CI fuzz run: STACK_GLOBAL on a duplicated value doubles a string for every
    // two bytes of input; a 447-byte file asked for gigabytes. Two strings, then DUP and
    // STACK_GLOBAL forty times: 2^40 bytes if built.
    tse::testing::PickleWriter w;
    w.proto().string("torch").string("x");
    for (int i = 0; i < 40; ++i)
        w.raw("\x93").raw("2");  // STACK_GLOBAL, DUP
    w.stop();
    auto doubled = run(w.bytes());
    ASSERT_FALSE(doubled.ok());
    EXPECT_NE(doubled.error().message.find("not strings"), std::string::npos) << doubled.error().message;

    // Copies multiply a long string too: a 1 MB global name, then DUP, (), REDUCE, POP seventy
    // times makes seventy 1 MB copies from 280 more bytes; the budget (64 MiB) stops it.
    std::string stream = std::string("\x80\x02") + "c" + std::string(1'000'000, 'a') + "\nb\n";
    for (int i = 0; i < 70; ++i)
        stream += "2)R0";
    stream += ".";
    auto refused = run(stream);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("MiB of strings"), std::string::npos) << refused.error().message;
}
