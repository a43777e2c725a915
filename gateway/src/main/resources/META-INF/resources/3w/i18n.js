// Labels of the 3W page in English and Russian.
window.SDGHUB_LABELS = {
  en: {
    title: 'Who does what, where', apiKey: 'API key', useKey: 'Use', sdgGoal: 'SDG goal',
    sdgTarget: 'SDG target', country: 'Country', status: 'Status', organisation: 'Organisation',
    measure: 'Shade by', projects: 'projects', organisations: 'organisations',
    budgetUsd: 'USD budget', pickArea: 'Pick an area on the map', project: 'Project', who: 'Who',
    what: 'What', when: 'When', overlaps: 'Possible overlaps', noKey: 'Enter an API key',
    keyRefused: 'The key was refused', live: 'live', asOf: 'Current as of', inArea: 'In',
    summary: '{projects} projects, {organisations} organisations', noOverlaps: 'None found',
    shared: 'shared', days: 'days', reviewed: 'reviewed',
    pipeline: 'pipeline', implementation: 'implementation', finalisation: 'finalisation',
    closed: 'closed', cancelled: 'cancelled', suspended: 'suspended', unconfirmed: 'unconfirmed'
  },
  ru: {
    title: 'Кто, что и где делает', apiKey: 'API-ключ', useKey: 'Применить', sdgGoal: 'Цель ЦУР',
    sdgTarget: 'Задача ЦУР', country: 'Страна', status: 'Статус', organisation: 'Организация',
    measure: 'Окраска по', projects: 'проекты', organisations: 'организации',
    budgetUsd: 'бюджет, долл. США', pickArea: 'Выберите область на карте', project: 'Проект',
    who: 'Кто', what: 'Что', when: 'Когда', overlaps: 'Возможные пересечения',
    noKey: 'Введите API-ключ', keyRefused: 'Ключ отклонён', live: 'в реальном времени',
    asOf: 'Данные на', inArea: 'В области', summary: 'Проектов: {projects}, организаций: {organisations}',
    noOverlaps: 'Не найдено', shared: 'общие', days: 'дн.', reviewed: 'проверено',
    pipeline: 'подготовка', implementation: 'реализация', finalisation: 'завершение',
    closed: 'закрыт', cancelled: 'отменён', suspended: 'приостановлен', unconfirmed: 'не подтверждено'
  }
};
