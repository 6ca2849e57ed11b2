namespace PropertyCloud.Web.Localization;

/// <summary>Marker for the console's texts: Resources/Texts.resx (简体中文, the default) and Texts.en.resx (English).</summary>
public sealed class Texts;
