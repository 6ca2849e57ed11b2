using System.Globalization;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.BuildingBlocks.Spreadsheets;

namespace PropertyCloud.Identity.Api.Users;

/// <summary>
/// The user list as an XLSX workbook (用户清单), one row per account, headed in the caller's language. It holds what the
/// list shows and nothing more: no phone number, e-mail address or password hash.
/// </summary>
public static class UsersWorkbook
{
    public static readonly LocalizedText Sheet = new("用户清单", "Users");

    public static readonly IReadOnlyList<LocalizedText> Columns =
    [
        new("用户名", "User name"), new("姓名", "Display name"), new("角色", "Roles"), new("小区", "Estates"), new("状态", "Status"),
        new("停用时间 (UTC)", "Disabled at (UTC)"), new("锁定至 (UTC)", "Locked out until (UTC)"),
    ];

    private static readonly LocalizedText AllEstates = new("全部小区", "All estates");

    private static readonly Dictionary<string, LocalizedText> RoleNames = new(StringComparer.Ordinal)
    {
        [Roles.GroupAdmin] = new("集团管理员", "Group administrator"),
        [Roles.EstateManager] = new("项目经理", "Estate manager"),
        [Roles.FrontDesk] = new("前台客服", "Front desk"),
        [Roles.Archivist] = new("档案管理员", "Archive clerk"),
        [Roles.Maintenance] = new("维修工", "Maintenance"),
        [Roles.Finance] = new("财务", "Finance"),
        [Roles.Quality] = new("品质督导", "Quality"),
        [Roles.Surveyor] = new("调查员", "Surveyor"),
        [Roles.Owner] = new("业主", "Owner"),
        [Roles.Tenant] = new("租户", "Tenant"),
        [Roles.Partner] = new("合作方", "Partner"),
    };

    public static Task<byte[]> WriteAsync(IReadOnlyList<UserResponse> users, CancellationToken cancellationToken)
    {
        var separator = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? ", " : "、";
        return LocalizedSheet.WriteAsync(Sheet, Columns, users.Select(u => new object?[]
        {
            u.UserName, u.DisplayName,
            string.Join(separator, u.Roles.Select(r => RoleNames.TryGetValue(r, out var name) ? name.ToString() : r)),
            // The service knows estates by id only; a group-wide role sees them all.
            u.Roles.Any(Roles.GroupWide.Contains) ? AllEstates.ToString() : string.Join(separator, u.Estates.Select(e => e.ToString("D"))),
            StatusName(u.Status).ToString(),
            u.DisabledAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            u.LockedOutUntil?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        }), cancellationToken);
    }

    public static LocalizedText StatusName(AccountStatus status) => status switch
    {
        AccountStatus.LockedOut => new("已锁定", "Locked out"),
        AccountStatus.Disabled => new("已停用", "Disabled"),
        _ => new("正常", "Active"),
    };
}
