using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Archives.Api.Domain.Lending;

/// <summary>
/// Who approves a loan of each confidentiality level (003 篇5 5.6.4), mapped onto PropertyCloud roles:
/// A → general manager (group_admin), B → office head (estate_manager), C → department head (archivist).
/// Exactly that role approves; another level's approver is refused, so an approval always names the right level.
/// </summary>
public static class LoanApprovers
{
    public static string RoleFor(ConfidentialityLevel level) => level switch
    {
        ConfidentialityLevel.A => Roles.GroupAdmin,
        ConfidentialityLevel.B => Roles.EstateManager,
        _ => Roles.Archivist,
    };

    public static (string Chinese, string English) TitleFor(ConfidentialityLevel level) => level switch
    {
        ConfidentialityLevel.A => ("总经理", "the general manager"),
        ConfidentialityLevel.B => ("办公室主任", "the office head"),
        _ => ("部门负责人", "the department head"),
    };
}
