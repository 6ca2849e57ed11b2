using PropertyCloud.Repairs.Api.Domain.Residents;

namespace PropertyCloud.Repairs.UnitTests;

public sealed class ResidentTests
{
    private static readonly DateTimeOffset Linked = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Relink_WithALaterLink_MovesTheAccountToTheNewLogin()
    {
        var account = ResidentAccount.Link(Guid.NewGuid(), Guid.NewGuid(), "old-login", Linked);

        account.Relink("new-login", Linked.AddDays(1));

        Assert.Equal(("new-login", Linked.AddDays(1)), (account.UserId, account.LinkedAt));
    }

    [Fact]
    public void Relink_WithAnOlderLinkArrivingLate_KeepsTheNewerLogin()
    {
        var account = ResidentAccount.Link(Guid.NewGuid(), Guid.NewGuid(), "new-login", Linked);

        account.Relink("old-login", Linked.AddDays(-1));

        Assert.Equal(("new-login", Linked), (account.UserId, account.LinkedAt));
    }

    [Fact]
    public void MoveOut_Twice_KeepsTheFirstEndDate()
    {
        var lease = UnitResident.MoveIn(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ResidentKind.Tenant);

        lease.MoveOut(new DateOnly(2026, 10, 31));
        lease.MoveOut(new DateOnly(2026, 12, 31));

        Assert.Equal(new DateOnly(2026, 10, 31), lease.EndedOn);
    }
}
