namespace PropertyCloud.Residents.Api.Import;

/// <summary>A column of the register file, recognised by its Chinese or English header.</summary>
public sealed record RegisterColumn(string Key, string Chinese, string English, bool Required = false)
{
    public string Header(bool chinese) => chinese ? Chinese : English;
}
