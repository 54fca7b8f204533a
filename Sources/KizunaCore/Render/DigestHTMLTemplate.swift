extension DigestHTML {
    /// The page, as a Mustache template: `{{…}}` is escaped for HTML, `{{{picture}}}` is Graphviz's SVG.
    /// Light and dark follow the reader's setting; one column that fits a phone.
    static let template = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="generator" content="kizuna">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>{{title}}</title>
        <style>
        :root { --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --accent: #0969da; --card: #f6f8fa; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --accent: #4493f8; --card: #151b23; }
          figure svg polygon[fill="#ffffff"], figure svg polygon[fill="white"] { fill: #f6f8fa; }
        }
        body { margin: 0; background: var(--bg); color: var(--fg);
          font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", sans-serif; }
        main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; margin: 0.5rem 0; }
        h2 { font-size: 1.2rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; margin-top: 2rem; }
        h3 { font-size: 1rem; margin-bottom: 0.2rem; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        li { margin: 0.3rem 0; overflow-wrap: anywhere; }
        .details { color: var(--muted); list-style: none; padding-left: 0.8rem; }
        .empty, .hint, figcaption { color: var(--muted); }
        figure { margin: 1rem 0; padding: 0.5rem; background: var(--card); border-radius: 8px; overflow-x: auto; }
        figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
        table { border-collapse: collapse; }
        td, th { padding: 0.15rem 0.8rem; border-bottom: 1px solid var(--line); text-align: left; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        </style>
        </head>
        <body>
        <main>
        <h1>{{title}}</h1>
        <p class="intro">{{intro}}</p>
        <figure class="network">
        {{#picture}}{{{picture}}}{{/picture}}{{^picture}}<p class="hint">{{pictureMissing}}</p>{{/picture}}
        <figcaption>{{caption}}</figcaption>
        </figure>
        {{#sections}}
        <section id="{{id}}">
        <h2>{{title}}</h2>
        {{#empty}}<p class="empty">{{#runs}}{{>run}}{{/runs}}</p>{{/empty}}
        {{#hint}}<p class="hint">{{#runs}}{{>run}}{{/runs}}</p>{{/hint}}
        {{#groups}}
        {{#label}}<h3>{{label}}</h3>{{/label}}
        {{#ordered}}<ol>{{/ordered}}{{^ordered}}<ul>{{/ordered}}
        {{#items}}
        <li>{{#runs}}{{>run}}{{/runs}}\
        {{#details}}<ul class="details">{{#lines}}<li>{{.}}</li>{{/lines}}</ul>{{/details}}</li>
        {{/items}}
        {{#ordered}}</ol>{{/ordered}}{{^ordered}}</ul>{{/ordered}}
        {{/groups}}
        {{#after}}<p>{{#runs}}{{>run}}{{/runs}}</p>{{/after}}
        {{#table}}
        <table><thead><tr>{{#header}}<th>{{.}}</th>{{/header}}</tr></thead><tbody>
        {{#rows}}<tr><td>{{label}}</td><td class="n">{{value}}</td></tr>
        {{/rows}}</tbody></table>
        {{/table}}
        </section>
        {{/sections}}
        </main>
        </body>
        </html>

        """

    /// One run of text, linked or not.
    static let runTemplate = """
        {{#strong}}<strong>{{/strong}}{{#code}}<code>{{/code}}\
        {{#href}}<a href="{{href}}">{{text}}</a>{{/href}}{{^href}}{{text}}{{/href}}\
        {{#code}}</code>{{/code}}{{#strong}}</strong>{{/strong}}
        """
}
