using System.Text;
using ReportLint.Text;

namespace ReportLint.Tests.Core;

public class SourceTextTests
{
    [Theory]
    [InlineData(new byte[] { 0x23, 0x20, 0xC3, 0xA9, 0x0A }, "Utf8", false)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x23, 0x20, 0xC3, 0xA9, 0x0A }, "Utf8", true)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x23, 0x00, 0x20, 0x00, 0xE9, 0x00, 0x0A, 0x00 }, "Utf16LittleEndian", true)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x23, 0x00, 0x20, 0x00, 0xE9, 0x00, 0x0A }, "Utf16BigEndian", true)]
    public void Decodes_and_encodes_back_byte_for_byte(byte[] bytes, string encoding, bool bom)
    {
        SourceText text = SourceText.FromBytes(bytes);
        Assert.Equal("# é\n", text.Text);
        Assert.Equal(encoding, text.Encoding.ToString());
        Assert.Equal(bom, text.HasByteOrderMark);
        Assert.Equal(bytes, text.Encode(text.Text));
    }

    [Fact]
    public void Reports_invalid_utf8_instead_of_throwing()
    {
        byte[] bytes = [0x6F, 0x6B, 0x0A, 0xC3, 0x28, 0x0A, 0xFF];
        SourceText text = SourceText.FromBytes(bytes);
        Assert.True(text.HasDecodingErrors);
        Assert.Equal(2, text.InvalidSequenceCount);
        Assert.Equal(3, text.FirstInvalidByteOffset);
        Assert.Equal("ok\n\uFFFD(\n\uFFFD", text.Text);
    }

    [Theory]
    [InlineData("a\nb\nc", "\n")]
    [InlineData("a\r\nb\r\nc\n", "\r\n")]
    [InlineData("a\rb\rc", "\r")]
    [InlineData("no line break", "\n")]
    public void Detects_the_dominant_line_ending(string content, string expected) =>
        Assert.Equal(expected, SourceText.From(content).LineEnding);

    [Fact]
    public void Maps_offsets_to_one_based_lines_and_columns_with_any_line_ending()
    {
        SourceText text = SourceText.From("ab\r\ncd\ne\rf");
        Assert.Equal(4, text.LineCount);
        Assert.Equal(new LinePosition(1, 1), text.GetLinePosition(0));
        Assert.Equal(new LinePosition(1, 3), text.GetLinePosition(2));
        Assert.Equal(new LinePosition(2, 1), text.GetLinePosition(4));
        Assert.Equal(new LinePosition(3, 1), text.GetLinePosition(7));
        Assert.Equal(new LinePosition(4, 2), text.GetLinePosition(10));
        Assert.Equal("cd", text[text.GetLineSpan(2)].ToString());
        Assert.Equal(7, text.GetOffset(new LinePosition(3, 1)));
    }

    [Fact]
    public void A_string_with_a_bom_is_read_without_it_and_written_with_it()
    {
        SourceText text = SourceText.From("\uFEFF# Title\n");
        Assert.Equal("# Title\n", text.Text);
        Assert.True(text.HasByteOrderMark);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# Title\n")], text.Encode(text.Text));
    }
}
