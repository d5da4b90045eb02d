namespace Glossary.Tests.Support;

/// <summary>
/// The fixture site with a Spanish translation: site.yml's 'languages' with the real site's Spanish theme texts
/// (input/site.yml), and Spanish twins of two entries, a guide and the about page.
/// </summary>
public static class SpanishFixture
{
    /// <summary>The real site's Spanish 'strings:' block, so the tests check the translation the site ships.</summary>
    public static string RealStrings { get; } = ReadRealStrings();

    public static string SiteYaml => TestSite.FixtureSiteYaml + """

        languages:
          - code: en
            name: English
          - code: es
            name: Español
            title: Glosario de Prueba
            description: Un glosario para las pruebas.
            organization: Organización de Prueba
            categories:
              - slug: insurance
                name: Seguros
                description: Planes de salud.
            navigation:
              - title: Acerca de
                url: /about/

        """ + RealStrings;

    public static TestSite Create()
    {
        var site = TestSite.Fixture();
        site.SiteYaml = SiteYaml;
        return site
            .With("es/glossary/medical-necessity.md", Entry("Necesidad médica", "aliases: [médicamente necesario]\nrelated: [prior-authorization]\nreviewed: 2026-01-15",
                "Vea [[Autorización previa]].\n\nPida una [[External Review|revisión externa]] a tiempo.\n\nUn IOP también cuenta."))
            .With("es/glossary/prior-authorization.md", Entry("Autorización previa", "aliases: [preautorización]\nrelated: [medical-necessity, external-review]",
                "Primero se decide la necesidad médica."))
            .With("es/guides/appeals.md", """
                ---
                title: Cómo apelar
                summary: Los pasos para apelar una negación.
                categories: [Insurance]
                terms: [medical-necessity]
                updated: 2026-04-01
                ---

                Empiece por la [[necesidad médica]].

                ## Primer paso

                Lea la carta.

                ## Segundo paso

                Responda por escrito.
                """)
            .With("es/pages/about.md", """
                ---
                title: Acerca de
                summary: Sobre el sitio de prueba.
                ---

                Quiénes somos.
                """);
    }

    /// <summary>A Spanish entry: front matter, definition and sections with Spanish headings.</summary>
    public static string Entry(string title, string extraFrontMatter, string body) => $"""
        ---
        title: {title}
        summary: Un resumen breve de {title}.
        categories: [Insurance]
        {extraFrontMatter}
        ---

        {title} es un término de las pruebas. {body}

        ## Ejemplos

        Un ejemplo.

        ## Cómo se usa en su contra

        Cómo se usa.

        ## Qué puede hacer

        Qué hacer.
        """;

    private static string ReadRealStrings()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Input, "site.yml")).ReplaceLineEndings("\n");
        var start = text.IndexOf("\n    strings:\n", StringComparison.Ordinal);
        return text[(start + 1)..];
    }
}
