namespace PropertyCloud.Billing.Api.Domain;

/// <summary>How a charge item (收费项目) is priced.</summary>
public enum ChargeKind
{
    /// <summary>物业管理费: rate × building area, per month.</summary>
    ManagementFee,

    /// <summary>水费: rate × metered consumption, tiers possible.</summary>
    Water,

    /// <summary>电费: rate × metered consumption, tiers possible.</summary>
    Electricity,

    /// <summary>车位租金: rate per rented space per month (a space Residents records as rented, or one put on a unit by hand).</summary>
    Parking,

    /// <summary>一次性收费: charged once when billed to a unit.</summary>
    OneOff,

    /// <summary>押金: held and refunded, never income.</summary>
    Deposit,

    /// <summary>
    /// 车位管理费: rate per sold (owned) space per month, charged instead of rent. Added last: kinds are stored by name,
    /// and this name is the longest the column holds (20).
    /// </summary>
    ParkingManagementFee,
}
