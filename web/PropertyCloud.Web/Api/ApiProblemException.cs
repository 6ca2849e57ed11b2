namespace PropertyCloud.Web.Api;

/// <summary>An API answered with a problem; <see cref="Exception.Message"/> is its title and detail, in the user's language.</summary>
public sealed class ApiProblemException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
