using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Identity.Api.Users;

/// <summary>Messages of the user administration, zh-CN and en-US.</summary>
internal static class UserTexts
{
    public static readonly LocalizedText User = new("用户", "user");
    public static readonly LocalizedText UnknownRole = new("未知的角色", "Unknown role");
    public static readonly LocalizedText UserNameCharacters = new(
        "用户名只能包含字母、数字和 . _ @ + -", "The user name may contain only letters, digits and . _ @ + -");
    public static readonly LocalizedText UserNameTaken = new("该用户名已被使用", "This user name is already taken");
    public static readonly LocalizedText PasswordTooWeak = new(
        "密码至少 8 位，且须包含大写字母、小写字母、数字和符号", "The password needs at least 8 characters with upper- and lower-case letters, a digit and a symbol");
    public static readonly LocalizedText NotStaffRole = new(
        "业主、租户和合作方账号不能在此创建或授予", "Owner, tenant and partner roles cannot be given to a staff account here");
    public static readonly LocalizedText GroupWideWithEstates = new(
        "集团管理员和品质部可查看全部小区，不能指定小区", "Group-wide roles (group admin, quality) see every estate and carry no estates");
    public static readonly LocalizedText EstatesRequired = new("小区员工至少须指定一个小区", "Estate staff need at least one estate");
    public static readonly LocalizedText CannotDisableSelf = new("不能停用自己的账号", "You cannot disable your own account");
    public static readonly LocalizedText CannotDropOwnAdmin = new("不能取消自己的集团管理员角色", "You cannot remove your own group admin role");
}
