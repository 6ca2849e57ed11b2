using FluentValidation;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

public sealed record RegisterMaterialRequest(string Code, string Name, string UnitOfMeasure, decimal LowStockThreshold);

public sealed record StockInRequest(decimal Quantity, decimal UnitPrice);

public sealed record StockOutRequest(decimal Quantity, Guid? RepairOrderId, string Purpose);

/// <summary>盘点: the quantity counted on the shelf, and a note (who counted, why it differs).</summary>
/// <summary>退库: unused material brought back, from a repair order (<c>RepairOrderId</c>) or from other use.</summary>
public sealed record StockReturnRequest(decimal Quantity, Guid? RepairOrderId, string Reason);

public sealed record StocktakeRequest(decimal CountedQuantity, string Note);

public sealed record MaterialResponse(
    Guid Id, Guid EstateId, string Code, string Name, string UnitOfMeasure, decimal Quantity, decimal Value, decimal AverageCost,
    decimal LowStockThreshold, bool IsLow)
{
    public static MaterialResponse From(Material m) =>
        new(m.Id, m.EstateId, m.Code, m.Name, m.UnitOfMeasure, m.Quantity, m.Value, m.AverageCost, m.LowStockThreshold, m.IsLow);
}

internal sealed class RegisterMaterialRequestValidator : AbstractValidator<RegisterMaterialRequest>
{
    public RegisterMaterialRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(30);
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.UnitOfMeasure).NotEmpty().MaximumLength(20);
        RuleFor(r => r.LowStockThreshold).GreaterThanOrEqualTo(0);
    }
}

internal sealed class StockInRequestValidator : AbstractValidator<StockInRequest>
{
    public StockInRequestValidator()
    {
        RuleFor(r => r.Quantity).GreaterThan(0).LessThan(1_000_000);
        RuleFor(r => r.UnitPrice).GreaterThanOrEqualTo(0).LessThan(1_000_000);
    }
}

internal sealed class StockOutRequestValidator : AbstractValidator<StockOutRequest>
{
    public StockOutRequestValidator()
    {
        RuleFor(r => r.Quantity).GreaterThan(0);
        RuleFor(r => r.Purpose).NotEmpty().MaximumLength(200);
    }
}

internal sealed class StocktakeRequestValidator : AbstractValidator<StocktakeRequest>
{
    public StocktakeRequestValidator()
    {
        RuleFor(r => r.CountedQuantity).GreaterThanOrEqualTo(0).LessThan(1_000_000);
        RuleFor(r => r.Note).NotEmpty().MaximumLength(200);
    }
}

internal sealed class StockReturnRequestValidator : AbstractValidator<StockReturnRequest>
{
    public StockReturnRequestValidator()
    {
        RuleFor(r => r.Quantity).GreaterThan(0).LessThan(1_000_000);
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(200);
    }
}
