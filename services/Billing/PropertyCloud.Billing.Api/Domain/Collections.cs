namespace PropertyCloud.Billing.Api.Domain;

/// <summary>What one part of a bill charged and what of it has been collected.</summary>
/// <param name="ChargeItemId">The line's charge item; null for the <see cref="Part"/>s that are not lines.</param>
public sealed record CollectedPart(CollectionPart Part, Guid? ChargeItemId, ChargeKind? Kind, decimal Charged, decimal Collected);

/// <summary>The parts of a bill collections are reported by.</summary>
public enum CollectionPart
{
    /// <summary>A bill line of a charge item.</summary>
    ChargeItem,

    /// <summary>A chargeable repair's line.</summary>
    Repair,

    /// <summary>Manual adjustments and credit notes.</summary>
    Adjustments,

    /// <summary>Late fees (滞纳金).</summary>
    LateFees,
}

/// <summary>
/// How what a bill has been paid (net of refunds) is allocated to its parts, for collections by charge item. The rule:
/// payments settle the bill's principal before its late fees (as <see cref="Dunning.LateFees"/> assumes); the principal
/// paid is spread over the bill's lines in proportion to their amounts, each share rounded down to the fen and the fen
/// left over given one by one to the lines with the largest remainders (ties: the earlier line), so the shares add up to
/// the fen. Manual adjustments are not allocated: a credit note lowers what every line collects, a positive adjustment
/// counts as charged and is collected only as part of the lines' shares (it collects 0 itself). Bills are the unit of
/// payment; this split is for reporting only.
/// </summary>
public static class Collections
{
    public static IReadOnlyList<CollectedPart> Split(Bill bill)
    {
        var principalPaid = Math.Min(bill.PaidAmount, bill.Principal);
        var linesTotal = bill.Lines.Sum(l => l.Amount);
        var shares = Shares(bill.Lines.Select(l => l.Amount).ToList(), linesTotal, Math.Max(0, principalPaid));
        var parts = bill.Lines.Select((line, i) => new CollectedPart(
            line.RepairOrderId is null ? CollectionPart.ChargeItem : CollectionPart.Repair, line.ChargeItemId, line.Kind, line.Amount, shares[i])).ToList();
        var adjustments = bill.AdjustedAmount - bill.LateFeeCharged;
        if (adjustments != 0)
        {
            parts.Add(new CollectedPart(CollectionPart.Adjustments, null, null, adjustments, 0m));
        }
        if (bill.LateFeeCharged != 0)
        {
            parts.Add(new CollectedPart(CollectionPart.LateFees, null, null, bill.LateFeeCharged, Math.Max(0, bill.PaidAmount - principalPaid)));
        }
        return parts;
    }

    private static decimal[] Shares(List<decimal> amounts, decimal total, decimal paid)
    {
        var shares = new decimal[amounts.Count];
        if (total <= 0 || paid <= 0)
        {
            return shares;
        }
        var remainders = new decimal[amounts.Count];
        for (var i = 0; i < amounts.Count; i++)
        {
            var exact = paid * amounts[i] / total;
            shares[i] = Math.Floor(exact * 100) / 100;
            remainders[i] = exact - shares[i];
        }
        var leftFen = (int)Math.Round((paid - shares.Sum()) * 100);
        foreach (var i in Enumerable.Range(0, amounts.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(leftFen))
        {
            shares[i] += 0.01m;
        }
        return shares;
    }
}
