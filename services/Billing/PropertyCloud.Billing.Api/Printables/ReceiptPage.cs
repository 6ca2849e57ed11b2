using System.Globalization;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Printables;

/// <summary>The printable receipt (收据) of a payment, under the estate's gapless receipt number.</summary>
internal static class ReceiptPage
{
    public static string Render(Payment payment, BillableUnit unit) =>
        new HtmlPage($"收据 {Number(payment)}")
            .Heading("收 据")
            .Fields(
                ("收据编号", Number(payment)),
                ("房号", unit.RoomName),
                ("收款日期", EstateCalendar.Day(payment.ReceivedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("缴费方式", MethodName(payment.Method)),
                ("金额（元）", Yuan(payment.Amount)),
                ("已退款（元）", Yuan(payment.RefundedAmount)),
                ("交易参考号", payment.ProviderReference ?? "—"))
            .Table(["账期", "冲抵金额（元）", "已退（元）"],
                payment.Allocations.OrderBy(a => a.Period, StringComparer.Ordinal).Select(a => (IReadOnlyList<string>)[a.Period, Yuan(a.Amount), Yuan(a.RefundedAmount)]))
            .ToString();

    public static string Number(Payment payment) => payment.ReceiptNumber.ToString("D8", CultureInfo.InvariantCulture);

    internal static string Yuan(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    private static string MethodName(PaymentMethod method) => method switch
    {
        PaymentMethod.Cash => "现金",
        PaymentMethod.BankTransfer => "银行转账",
        _ => "线上支付",
    };
}
