using CsCheck;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Ledger;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.UnitTests;

public sealed class PaymentTests
{
    private static readonly Gen<decimal> Fen = Gen.Int[1, 100_000].Select(n => n / 100m);

    [Fact]
    public void Receive_AnyAmountUpToWhatIsOwed_SettlesOldestFirstAndAllocatesExactlyTheAmount() =>
        Gen.Select(Fen.Array[1, 8], Gen.Double[0.0001, 1]).Sample((amounts, share) =>
        {
            var unit = Given.Unit();
            var bills = Given.Bills(unit, amounts);
            var owed = bills.Sum(b => b.Outstanding);
            var pay = Math.Max(0.01m, Math.Round(owed * (decimal)share, 2));

            var payment = Payment.Receive(unit, "k", PaymentMethod.Cash, pay, bills.AsEnumerable().Reverse(), Given.Now);

            var periods = payment.Allocations.Select(a => a.Period).ToList();
            var settledBeforeLast = bills.Take(payment.Allocations.Count - 1).All(b => b.Status == BillStatus.Paid);
            var postings = Postings.ForPayment(payment);
            return payment.Allocations.Sum(a => a.Amount) == pay
                && periods.SequenceEqual(periods.Order(StringComparer.Ordinal))
                && periods[0] == bills[0].Period
                && settledBeforeLast
                && postings.Sum(e => e.Debit) == postings.Sum(e => e.Credit);
        });

    [Fact]
    public void Refund_AnySequence_KeepsBillsAndPaymentConsistent() =>
        Gen.Select(Fen.Array[1, 5], Gen.Double[0, 1].Array[1, 5]).Sample((amounts, shares) =>
        {
            var unit = Given.Unit();
            var bills = Given.Bills(unit, amounts);
            var payment = Payment.Receive(unit, "k", PaymentMethod.Online, bills.Sum(b => b.Outstanding), bills, Given.Now);
            foreach (var share in shares)
            {
                var refund = Math.Round((payment.Amount - payment.RefundedAmount) * (decimal)share, 2);
                if (refund > 0)
                {
                    payment.Refund(refund, bills.ToDictionary(b => b.Id));
                }
            }
            return bills.Sum(b => b.PaidAmount) == payment.Amount - payment.RefundedAmount
                && bills.All(b => b.PaidAmount >= 0 && b.Outstanding >= 0);
        });

    [Fact]
    public void Receive_MoreThanOwed_IsRefusedOnAmount()
    {
        var unit = Given.Unit();

        var refusal = Assert.Throws<DomainException>(() =>
            Payment.Receive(unit, "k", PaymentMethod.Cash, 100.01m, Given.Bills(unit, [100m]), Given.Now));

        Assert.Equal("amount", refusal.Field);
    }

    [Fact]
    public void Adjust_CreditBeyondWhatIsOwed_IsRefusedOnAmount()
    {
        var bill = Given.Bills(Given.Unit(), [100m])[0];

        var refusal = Assert.Throws<DomainException>(() => bill.Adjust(-100.01m));

        Assert.Equal("amount", refusal.Field);
        Assert.Equal(100m, bill.Outstanding);
    }

    [Fact]
    public void Posting_ThatDoesNotBalance_IsRejected() =>
        Assert.Throws<InvalidOperationException>(() =>
            new LedgerPosting(Given.Estate, "test", Guid.NewGuid(), Given.Now)
                .Debit(LedgerAccount.Cash, 10m).Credit(LedgerAccount.Receivables, 9.99m).Entries());
}
