using System.Globalization;

namespace PropertyCloud.BuildingBlocks.Domain;

/// <summary>A message in both languages of the product; shown in the caller's UI culture (zh-CN unless English is asked for).</summary>
public readonly record struct LocalizedText(string Chinese, string English)
{
    public override string ToString() =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? English : Chinese;
}
