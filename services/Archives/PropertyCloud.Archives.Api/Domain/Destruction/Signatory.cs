namespace PropertyCloud.Archives.Api.Domain.Destruction;

/// <summary>Someone who signs a destruction batch at one of its steps: their user id and the name shown on the register.</summary>
public sealed record Signatory(string Id, string Name);
