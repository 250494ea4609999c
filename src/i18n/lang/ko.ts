import type { LanguagePack } from '../translation.js';

/** Korean. */
export default {
  card: {
    authorCount: {
      other: '저자 {count}명',
    },
    moreAuthors: {
      other: '외 {count}명',
    },
    unnamedAuthors: {
      other: '외 {count}명',
    },
    upvotes: {
      other: '추천 {count}개',
    },
    comments: {
      other: '댓글 {count}개',
    },
    citations: {
      other: '{count}회 인용됨',
    },
    stars: {
      other: '스타 {count}개',
    },
    showMore: '더 보기',
    showLess: '접기',
    links: '링크',
    pdf: 'PDF',
    arxiv: 'arXiv',
    code: '코드',
    project: '프로젝트 페이지',
    doi: 'DOI',
    tags: '태그',
    copyCitation: '인용 복사',
    citationCopied: 'BibTeX 인용을 클립보드에 복사했습니다',
    citationFailed: '브라우저에서 허용하지 않아 인용을 복사할 수 없습니다',
    loading: '논문을 불러오는 중…',
    loadFailed: '이 논문을 불러올 수 없습니다.',
    retry: '다시 시도',
  },
  list: {
    search: '논문 검색',
    searchPlaceholder: '제목, 초록, 저자, 태그 검색',
    clearSearch: '검색어 지우기',
    clearFilters: '필터 지우기',
    filters: '태그별 필터',
    sortLabel: '정렬 기준',
    sortFeed: '원본 순서',
    sortPublished: '날짜',
    sortUpvotes: '추천 수',
    paperCount: {
      other: '논문 {count}편',
    },
    matchCount: {
      other: '“{query}”에 해당하는 논문 {count}편',
    },
    newPapers: {
      other: '새 논문 {count}편',
    },
    weekOf: '{date} 주간',
    undated: '날짜 없음',
    noExactDate: '정확한 날짜 없음',
    showMore: '더 보기',
    loading: '논문을 불러오는 중…',
    loadFailed: '논문을 불러올 수 없습니다.',
    retry: '다시 시도',
    refreshFailed: '새로 고치지 못했습니다. {time}에 불러온 논문을 표시합니다.',
    loadMoreFailed: '논문을 더 불러오지 못했습니다.',
    someSourcesFailed: '일부 논문을 불러오지 못했습니다.',
    empty: '아직 논문이 없습니다.',
    emptyDay: '{date}에는 논문이 없습니다.',
    days: '날짜 이동',
    previousDay: '← 전날',
    nextDay: '다음 날 →',
    noMatches: '“{query}”에 해당하는 논문이 없습니다.',
    noFilterMatches: '선택한 필터에 해당하는 논문이 없습니다.',
    papersLabel: '논문',
  },
  subscribe: {
    heading: '인기 논문을 이메일로 받아 보세요!',
    description:
      '사람들이 읽고 있는 논문을 짧은 이메일로 보내 드립니다. 언제든지 구독을 취소할 수 있습니다.',
    emailLabel: '이메일 주소',
    emailPlaceholder: 'you@example.org',
    nameLabel: '이름',
    frequencyLabel: '수신 주기',
    frequencyNames: {
      daily: '매일',
      weekly: '매주',
      monthly: '매월',
    },
    topicsLabel: '주제',
    button: '구독하기',
    submitting: '구독하는 중…',
    invalidEmail: '이메일 주소를 입력해 주세요(예: name@example.org).',
    consentRequired: '구독하기 전에 확인란을 선택하여 동의해 주세요.',
    success: '받은편지함에서 구독을 확인해 주세요.',
    continueInNewTab: '새 탭에서 구독을 완료해 주세요.',
    offline:
      '오프라인 상태인 것 같습니다. 입력한 주소는 그대로 있으니 인터넷에 연결되면 다시 시도해 주세요.',
    timeout: '구독 서비스가 제시간에 응답하지 않았습니다. 다시 시도해 주세요.',
    networkError: '구독 서비스에 연결할 수 없습니다. 다시 시도해 주세요.',
    serverError: '구독 서비스에 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.',
    rejected: '구독 서비스에서 이 주소를 받아들이지 않았습니다.',
    unavailable: '여기에서는 구독할 수 없습니다.',
  },
} satisfies LanguagePack;
