using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Domain.Rules;

/// <summary>A closed month is locked: no bill run, meter reading or adjustment may touch it.</summary>
public static class PeriodMustBeOpen
{
    public static void Check(bool closed, string period, string field)
    {
        if (closed)
        {
            throw new DomainException("period.closed", new($"{period} 已月结，不能再修改", $"{period} is closed and can no longer change"), field);
        }
    }
}
