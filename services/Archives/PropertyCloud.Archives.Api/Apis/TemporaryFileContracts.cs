using FluentValidation;
using PropertyCloud.Archives.Api.Domain.Documents;
using PropertyCloud.Archives.Api.Domain.Temporary;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Apis;

public sealed record OpenTemporaryFileRequest(TemporaryFileKind Kind, string Title, Guid? UnitId);

public sealed record JobCompletedRequest(DateOnly CompletedOn);

public sealed record FormaliseRequest(string IndexNumber);

public sealed record TemporaryFileResponse(
    Guid Id, Guid EstateId, TemporaryFileKind Kind, string Title, Guid? UnitId, DateTimeOffset OpenedAt, DateOnly? JobCompletedOn,
    DateOnly? FormaliseBy, bool Overdue, DateTimeOffset? FormalisedAt, string? IndexNumber)
{
    public static TemporaryFileResponse From(TemporaryFile f, DateOnly today) => new(f.Id, f.EstateId, f.Kind, f.Title, f.UnitId, f.OpenedAt,
        f.JobCompletedOn, f.FormaliseBy, f.IsOverdue(today), f.FormalisedAt, f.IndexNumber);
}

internal sealed class OpenTemporaryFileRequestValidator : AbstractValidator<OpenTemporaryFileRequest>
{
    public OpenTemporaryFileRequestValidator()
    {
        RuleFor(r => r.Kind).IsInEnum();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200);
    }
}

internal sealed class FormaliseRequestValidator : AbstractValidator<FormaliseRequest>
{
    public FormaliseRequestValidator() => RuleFor(r => r.IndexNumber).NotEmpty().Must(IndexNumber.IsValid)
        .WithMessage(_ => new LocalizedText("档号格式应为 类别-柜号-架号-盒号，如 GC-05-1-03", "The index number must read category-cabinet-shelf-box, e.g. GC-05-1-03").ToString());
}
