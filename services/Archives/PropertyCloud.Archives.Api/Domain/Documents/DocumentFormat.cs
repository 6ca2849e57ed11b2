namespace PropertyCloud.Archives.Api.Domain.Documents;

/// <summary>A file format the archive accepts: its extensions, the content types clients send for it, and its leading bytes.</summary>
public sealed record DocumentFormat(string Name, string[] Extensions, string[] ContentTypes, byte[][] Signatures)
{
    public bool StartsWithSignature(ReadOnlySpan<byte> header)
    {
        foreach (var signature in Signatures)
        {
            if (header.StartsWith(signature))
            {
                return true;
            }
        }
        return false;
    }
}
