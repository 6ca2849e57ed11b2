using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Domain.Rules;

/// <summary>Nobody may borrow or copy anything from their own staff file (003 篇5 5.6).</summary>
internal static class NobodyBorrowsTheirOwnStaffFile
{
    public static void Check(string? staffFileOf, string borrowerId)
    {
        if (staffFileOf is not null && string.Equals(staffFileOf, borrowerId, StringComparison.Ordinal))
        {
            throw new DomainException("loan.own_staff_file",
                new("不得借阅或复印本人的员工档案", "Nobody may borrow or copy their own staff file"), "documentId");
        }
    }
}
