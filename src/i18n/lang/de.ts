import type { LanguagePack } from '../translation.js';

/** German. */
export default {
  card: {
    authorCount: {
      one: '{count} Autor',
      other: '{count} Autoren',
    },
    moreAuthors: {
      one: '+{count} weitere',
      other: '+{count} weitere',
    },
    unnamedAuthors: {
      one: '+{count} weitere',
      other: '+{count} weitere',
    },
    upvotes: {
      one: '{count} Stimme',
      other: '{count} Stimmen',
    },
    comments: {
      one: '{count} Kommentar',
      other: '{count} Kommentare',
    },
    citations: {
      one: '{count}-mal zitiert',
      other: '{count}-mal zitiert',
    },
    stars: {
      one: '{count} Stern',
      other: '{count} Sterne',
    },
    showMore: 'Mehr anzeigen',
    showLess: 'Weniger anzeigen',
    links: 'Links',
    pdf: 'PDF',
    arxiv: 'arXiv',
    code: 'Code',
    project: 'Projektseite',
    doi: 'DOI',
    tags: 'Tags',
    copyCitation: 'Zitation kopieren',
    citationCopied: 'BibTeX-Zitation in die Zwischenablage kopiert',
    citationFailed: 'Die Zitation konnte nicht kopiert werden: Der Browser hat es nicht erlaubt',
    loading: 'Artikel wird geladen…',
    loadFailed: 'Dieser Artikel konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
  },
  list: {
    search: 'Artikel durchsuchen',
    searchPlaceholder: 'Titel, Abstracts, Autoren, Tags durchsuchen',
    clearSearch: 'Suche löschen',
    filters: 'Nach Tag filtern',
    sortLabel: 'Sortieren nach',
    sortFeed: 'Ursprüngliche Reihenfolge',
    sortPublished: 'Datum',
    sortUpvotes: 'Stimmen',
    paperCount: {
      one: '{count} Artikel',
      other: '{count} Artikel',
    },
    matchCount: {
      one: '{count} Treffer für „{query}“',
      other: '{count} Treffer für „{query}“',
    },
    newPapers: {
      one: '{count} neuer Artikel',
      other: '{count} neue Artikel',
    },
    weekOf: 'Woche vom {date}',
    undated: 'Ohne Datum',
    noExactDate: 'Ohne genaues Datum',
    showMore: 'Mehr anzeigen',
    loading: 'Artikel werden geladen…',
    loadFailed: 'Die Artikel konnten nicht geladen werden.',
    retry: 'Erneut versuchen',
    refreshFailed: 'Aktualisierung nicht möglich. Angezeigt wird der Stand von {time}.',
    loadMoreFailed: 'Weitere Artikel konnten nicht geladen werden.',
    someSourcesFailed: 'Einige Artikel konnten nicht geladen werden.',
    empty: 'Noch keine Artikel.',
    emptyDay: 'Keine Artikel am {date}.',
    days: 'Tage',
    previousDay: '← Vorheriger Tag',
    nextDay: 'Nächster Tag →',
    noMatches: 'Keine Treffer für „{query}“.',
    papersLabel: 'Artikel',
  },
  subscribe: {
    heading: 'Die aktuell beliebtesten Artikel direkt in Ihr Postfach!',
    description:
      'Eine kurze E-Mail mit den Artikeln, die gerade gelesen werden. Jederzeit abbestellbar.',
    emailLabel: 'E-Mail-Adresse',
    emailPlaceholder: 'name@example.org',
    nameLabel: 'Name',
    frequencyLabel: 'Häufigkeit',
    frequencyNames: {
      daily: 'Täglich',
      weekly: 'Wöchentlich',
      monthly: 'Monatlich',
    },
    topicsLabel: 'Themen',
    button: 'Abonnieren',
    submitting: 'Anmeldung läuft…',
    invalidEmail: 'Geben Sie eine E-Mail-Adresse wie name@example.org ein.',
    consentRequired: 'Bitte setzen Sie vor der Anmeldung das Häkchen, um zuzustimmen.',
    success: 'Bitte prüfen Sie Ihren Posteingang, um Ihr Abonnement zu bestätigen.',
    continueInNewTab: 'Schließen Sie die Anmeldung im neuen Tab ab.',
    offline:
      'Sie scheinen offline zu sein. Ihre Adresse bleibt erhalten: Versuchen Sie es erneut, sobald Sie wieder online sind.',
    timeout:
      'Der Newsletter-Dienst hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut.',
    networkError: 'Der Newsletter-Dienst ist nicht erreichbar. Bitte versuchen Sie es erneut.',
    serverError:
      'Beim Newsletter-Dienst ist ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
    rejected: 'Der Newsletter-Dienst hat diese Adresse nicht angenommen.',
    unavailable: 'Die Anmeldung ist hier nicht möglich.',
  },
} satisfies LanguagePack;
