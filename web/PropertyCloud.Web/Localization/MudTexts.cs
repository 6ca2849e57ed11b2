using Microsoft.Extensions.Localization;
using MudBlazor;

namespace PropertyCloud.Web.Localization;

/// <summary>
/// MudBlazor's own texts (pager, table, date picker) in Chinese: MudBlazor asks this for any language but English and
/// falls back to its English when a key is not in Texts.resx under "Mud." + its key.
/// </summary>
internal sealed class MudTexts(IStringLocalizer<Texts> texts) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var text = texts["Mud." + key];
            return new LocalizedString(key, text.Value, text.ResourceNotFound);
        }
    }

    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            var text = texts["Mud." + key, arguments];
            return new LocalizedString(key, text.Value, text.ResourceNotFound);
        }
    }
}
