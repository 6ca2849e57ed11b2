using System.Text;

namespace PropertyCloud.BuildingBlocks.SpreadsheetImports;

/// <summary>
/// Brings an uploaded CSV to UTF-8: UTF-8 (with or without a byte order mark) stays as it is; anything else is read as
/// GB18030, the encoding Excel saves CSV in on a Chinese Windows (it covers GBK and GB2312).
/// </summary>
public static class CsvEncoding
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] ToUtf8(byte[] content)
    {
        try
        {
            StrictUtf8.GetString(content);
            return content;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.UTF8.GetBytes(Encoding.GetEncoding("GB18030").GetString(content));
        }
    }
}
