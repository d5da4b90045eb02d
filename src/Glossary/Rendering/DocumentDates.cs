namespace Glossary.Rendering;

public sealed record DocumentDates(DateOnly? LastModified, DateOnly? Reviewed);
