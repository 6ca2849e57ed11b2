namespace PropertyCloud.Identity.Api.Account;

/// <summary>The login page's wording: Chinese by default, English when the browser prefers it.</summary>
public sealed record LoginTexts(string Language, string Title, string UserName, string Password, string SignIn, string InvalidCredentials)
{
    public static readonly LoginTexts ZhCn = new("zh-CN", "登录 PropertyCloud 物业云", "用户名", "密码", "登录", "用户名或密码错误。");

    public static readonly LoginTexts EnUs = new("en-US", "Sign in to PropertyCloud", "User name", "Password", "Sign in", "The user name or password is incorrect.");

    /// <summary>The first of Chinese or English in the Accept-Language header, by quality; Chinese if neither.</summary>
    public static LoginTexts For(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => language.Value.Value ?? "")
            .FirstOrDefault(tag => tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)
                || tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase));
        return preferred is not null && preferred.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? EnUs : ZhCn;
    }
}
