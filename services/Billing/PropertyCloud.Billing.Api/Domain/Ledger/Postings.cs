namespace PropertyCloud.Billing.Api.Domain.Ledger;

/// <summary>The posting each business event makes in the estate's ledger.</summary>
public static class Postings
{
    /// <summary>Dr receivables, Cr the income of each line.</summary>
    public static IReadOnlyList<LedgerEntry> ForBill(Bill bill)
    {
        var posting = new LedgerPosting(bill.EstateId, "bill", bill.Id, bill.IssuedAt).Debit(LedgerAccount.Receivables, bill.Amount);
        foreach (var line in bill.Lines)
        {
            posting.Credit(IncomeOf(line.Kind), line.Amount);
        }
        return posting.Entries();
    }

    /// <summary>Dr cash/bank/clearing, Cr receivables.</summary>
    public static IReadOnlyList<LedgerEntry> ForPayment(Payment payment) =>
        new LedgerPosting(payment.EstateId, "payment", payment.Id, payment.ReceivedAt)
            .Debit(MoneyAccountOf(payment.Method), payment.Amount).Credit(LedgerAccount.Receivables, payment.Amount).Entries();

    /// <summary>Dr receivables (the bills are owed again), Cr cash/bank/clearing.</summary>
    public static IReadOnlyList<LedgerEntry> ForRefund(Payment payment, decimal amount, DateTimeOffset now) =>
        new LedgerPosting(payment.EstateId, "refund", payment.Id, now)
            .Debit(LedgerAccount.Receivables, amount).Credit(MoneyAccountOf(payment.Method), amount).Entries();

    /// <summary>A charge: Dr receivables, Cr adjustments (late-fee income for a late fee); a credit note the other way round.</summary>
    public static IReadOnlyList<LedgerEntry> ForAdjustment(BillAdjustment adjustment)
    {
        if (adjustment.IsLateFee)
        {
            return new LedgerPosting(adjustment.EstateId, "late_fee", adjustment.Id, adjustment.AdjustedAt)
                .Debit(LedgerAccount.Receivables, adjustment.Amount).Credit(LedgerAccount.LateFeeIncome, adjustment.Amount).Entries();
        }
        var posting = new LedgerPosting(adjustment.EstateId, "adjustment", adjustment.Id, adjustment.AdjustedAt);
        var amount = Math.Abs(adjustment.Amount);
        return (adjustment.Amount > 0
            ? posting.Debit(LedgerAccount.Receivables, amount).Credit(LedgerAccount.BillAdjustments, amount)
            : posting.Debit(LedgerAccount.BillAdjustments, amount).Credit(LedgerAccount.Receivables, amount)).Entries();
    }

    /// <summary>Dr cash/bank, Cr deposits held (a liability, not income).</summary>
    public static IReadOnlyList<LedgerEntry> ForDepositHeld(Deposit deposit) =>
        new LedgerPosting(deposit.EstateId, "deposit", deposit.Id, deposit.HeldAt)
            .Debit(MoneyAccountOf(deposit.Method), deposit.Amount).Credit(LedgerAccount.DepositsHeld, deposit.Amount).Entries();

    public static IReadOnlyList<LedgerEntry> ForDepositRefunded(Deposit deposit, DateTimeOffset now) =>
        new LedgerPosting(deposit.EstateId, "deposit_refund", deposit.Id, now)
            .Debit(LedgerAccount.DepositsHeld, deposit.Amount).Credit(MoneyAccountOf(deposit.Method), deposit.Amount).Entries();

    public static LedgerAccount IncomeOf(ChargeKind kind) => kind switch
    {
        ChargeKind.ManagementFee => LedgerAccount.ManagementFeeIncome,
        ChargeKind.Water => LedgerAccount.WaterIncome,
        ChargeKind.Electricity => LedgerAccount.ElectricityIncome,
        ChargeKind.Parking => LedgerAccount.ParkingIncome,
        _ => LedgerAccount.OtherIncome,
    };

    public static LedgerAccount MoneyAccountOf(PaymentMethod method) => method switch
    {
        PaymentMethod.Cash => LedgerAccount.Cash,
        PaymentMethod.BankTransfer => LedgerAccount.Bank,
        _ => LedgerAccount.PaymentProviderClearing,
    };
}
