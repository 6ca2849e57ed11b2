namespace PropertyCloud.Billing.Api.Domain.Ledger;

/// <summary>The accounts of an estate's ledger.</summary>
public enum LedgerAccount
{
    Cash,
    Bank,

    /// <summary>Online payments taken by the provider and not yet settled to the bank.</summary>
    PaymentProviderClearing,

    /// <summary>应收账款: what units owe.</summary>
    Receivables,

    /// <summary>押金: a liability, never income.</summary>
    DepositsHeld,
    ManagementFeeIncome,
    WaterIncome,
    ElectricityIncome,
    ParkingIncome,
    OtherIncome,

    /// <summary>Contra-income for adjustments and credit notes.</summary>
    BillAdjustments,

    /// <summary>滞纳金收入: late fees charged on overdue bills.</summary>
    LateFeeIncome,
}
