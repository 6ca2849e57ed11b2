using FluentValidation;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Multipart form carrying a new version of an existing document.</summary>
public sealed class NewVersionForm
{
    public IFormFile? File { get; set; }
}

internal sealed class NewVersionFormValidator : AbstractValidator<NewVersionForm>
{
    public NewVersionFormValidator() => RuleFor(f => f.File).NotNull();
}
