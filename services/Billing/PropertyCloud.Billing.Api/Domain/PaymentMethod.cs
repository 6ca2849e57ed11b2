namespace PropertyCloud.Billing.Api.Domain;

public enum PaymentMethod
{
    Cash,
    BankTransfer,
    Online,
}
