using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PreAuthKit.Layout;

namespace PreAuthKit.Pdf;

/// <summary>
/// A SHA-256 of everything that decides a document's appearance (metadata, every item's kind,
/// text, style and position, every picture's bytes). It seeds the trailer ID and the rewritten
/// random tokens, so equal documents get equal bytes and different ones different IDs.
/// </summary>
internal static class LayoutFingerprint
{
    public static byte[] Compute(LayoutDocument layout, PdfMetadata metadata)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        AddText(buffer, metadata.Title);
        AddText(buffer, metadata.Subject);
        AddText(buffer, metadata.Language);
        AddText(buffer, metadata.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        AddNumber(buffer, layout.Page.Width);
        AddNumber(buffer, layout.Page.Height);
        foreach (var page in layout.Pages)
        {
            AddTag(buffer, 'P');
            foreach (var item in page.AllItems)
            {
                switch (item)
                {
                    case TextItem text:
                        AddTag(buffer, 'T');
                        AddText(buffer, text.Text);
                        AddText(buffer, text.Style.Family);
                        AddNumber(buffer, text.Style.Size);
                        AddTag(buffer, (char)('0' + (text.Style.Bold ? 1 : 0) + (text.Style.Italic ? 2 : 0)));
                        AddNumber(buffer, text.X);
                        AddNumber(buffer, text.Baseline);
                        break;
                    case RuleItem rule:
                        AddTag(buffer, 'R');
                        AddNumbers(buffer, rule.X1, rule.Y1, rule.X2, rule.Y2, rule.Thickness);
                        break;
                    case BoxItem box:
                        AddTag(buffer, 'B');
                        AddNumbers(buffer, box.X, box.Y, box.Width, box.Height, box.Thickness);
                        AddNumber(buffer, box.Fill ?? -1);
                        break;
                    case ImageItem picture:
                        AddTag(buffer, 'I');
                        buffer.Write(SHA256.HashData(picture.Image.Bytes.Span));
                        AddNumbers(buffer, picture.X, picture.Y, picture.Width, picture.Height, 0);
                        break;
                    default:
                        AddText(buffer, item.ToString() ?? "");
                        break;
                }
            }
        }

        return SHA256.HashData(buffer.WrittenSpan);
    }

    private static void AddTag(ArrayBufferWriter<byte> buffer, char tag)
    {
        buffer.GetSpan(1)[0] = (byte)tag;
        buffer.Advance(1);
    }

    private static void AddText(ArrayBufferWriter<byte> buffer, string text)
    {
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
        var written = Encoding.UTF8.GetBytes(text, span);
        span[written] = 0x1F;
        buffer.Advance(written + 1);
    }

    private static void AddNumber(ArrayBufferWriter<byte> buffer, double value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), (long)Math.Round(value * 1000));
        buffer.Advance(8);
    }

    private static void AddNumbers(ArrayBufferWriter<byte> buffer, double a, double b, double c, double d, double e)
    {
        AddNumber(buffer, a);
        AddNumber(buffer, b);
        AddNumber(buffer, c);
        AddNumber(buffer, d);
        AddNumber(buffer, e);
    }
}
