using System.Globalization;
using FluentValidation;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Domain.People;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>An owner asks for <see cref="Field"/> to read <see cref="Value"/> (修改权); dates as yyyy-MM-dd, gender as Male/Female.</summary>
public sealed record CorrectionRequestBody(CorrectableField Field, string Value, string Reason);

public sealed record CorrectionDecisionRequest(string? Note);

/// <summary>A correction request; <see cref="RequestedValue"/> is masked for staff when the field is personal data.</summary>
public sealed record CorrectionResponse(
    Guid Id, Guid OwnerId, CorrectableField Field, string RequestedValue, string Reason, DateTimeOffset RequestedAt,
    CorrectionStatus Status, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote)
{
    public static CorrectionResponse From(CorrectionRequest c) => new(c.Id, c.OwnerId, c.Field, c.RequestedValueMasked, c.Reason,
        c.RequestedAt, c.Status, c.DecidedBy, c.DecidedAt, c.DecisionNote);
}

public sealed record PhoneChangeRequest(string Phone);

internal sealed class CorrectionRequestBodyValidator : AbstractValidator<CorrectionRequestBody>
{
    public CorrectionRequestBodyValidator()
    {
        RuleFor(r => r.Field).IsInEnum();
        RuleFor(r => r.Value).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Value).Must(v => Enum.TryParse<Gender>(v, out var g) && Enum.IsDefined(g) && !int.TryParse(v, out _))
            .When(r => r.Field == CorrectableField.Gender && !string.IsNullOrEmpty(r.Value))
            .WithMessage(_ => new LocalizedText("性别应为 Male 或 Female", "Gender must be Male or Female").ToString());
        RuleFor(r => r.Value).Must(v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .When(r => r.Field == CorrectableField.MovedInOn && !string.IsNullOrEmpty(r.Value))
            .WithMessage(_ => new LocalizedText("日期格式应为 yyyy-MM-dd", "The date must read yyyy-MM-dd").ToString());
        RuleFor(r => r.Value).MaximumLength(100).When(r => r.Field is CorrectableField.Name or CorrectableField.NativePlace);
        RuleFor(r => r.Reason).NotEmpty().MinimumLength(4).MaximumLength(500);
    }
}

internal sealed class PhoneChangeRequestValidator : AbstractValidator<PhoneChangeRequest>
{
    public PhoneChangeRequestValidator() =>
        RuleFor(r => r.Phone).NotEmpty().Matches(PhoneRule.Pattern).WithMessage(_ => PhoneRule.Message.ToString());
}
