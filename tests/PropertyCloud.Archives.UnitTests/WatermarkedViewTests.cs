using PropertyCloud.Archives.Api.Apis.Viewing;

namespace PropertyCloud.Archives.UnitTests;

public sealed class WatermarkedViewTests
{
    [Fact]
    public void Render_EncodesTheWatermarkAndTheTextAndRepeatsTheMark()
    {
        var html = WatermarkedView.Render("决议", "王<script> · 2026-11-26 10:00", null, null, "<b>正文</b>");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;正文&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.True(html.Split("2026-11-26 10:00").Length > 10);
    }

    [Fact]
    public void Render_AnImage_InlinesItUnderTheMarks()
    {
        var html = WatermarkedView.Render("照片", "王 · 2026-11-26 10:00", "image/png", [1, 2, 3], null);

        Assert.Contains("data:image/png;base64,AQID", html, StringComparison.Ordinal);
    }
}
