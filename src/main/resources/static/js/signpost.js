// Progressive enhancement for Signpost's pages. Everything works without this file: each form posts and the
// server renders the whole page. With it, the reply to a message streams in as server-sent events.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

initAll()

const form = document.getElementById('message-form')
const messages = document.getElementById('messages')
const announcer = document.getElementById('announcer')

if (form && messages && announcer && window.fetch && window.ReadableStream && window.TextDecoder) {
  form.addEventListener('submit', (event) => {
    const textarea = form.elements.text
    if (!textarea.value.trim()) {
      return // Let the server show the GOV.UK error summary.
    }
    event.preventDefault()
    streamTurn(textarea).catch(() => window.location.reload())
  })
}

// How a reply survives a restart: the form carries a hidden client_message_id, so sending it again never stores the
// message twice. If the connection fails before the message is stored, the same form is posted again; once it is
// stored, every event has an id, and a cut stream (or a "reconnect" event from an instance that is shutting down)
// is picked up at the conversation's events address with that id as Last-Event-ID, on whichever instance answers.
const MAX_ATTEMPTS = 8

async function streamTurn (textarea) {
  const button = form.querySelector('button[type=submit]')
  button.disabled = true
  const body = new URLSearchParams(new FormData(form))
  const eventsUrl = form.action.replace(/\/messages$/, '/events')
  const turn = { lastEventId: null, replyText: null, finished: false, waitMs: 0 }
  for (let attempt = 0; attempt < MAX_ATTEMPTS && !turn.finished; attempt++) {
    if (attempt > 0) {
      await sleep(turn.waitMs || Math.min(4000, 500 * attempt))
    }
    turn.waitMs = 0
    let response
    try {
      response = turn.lastEventId
        ? await fetch(eventsUrl, {
          headers: { Accept: 'text/event-stream', 'Last-Event-ID': turn.lastEventId },
          credentials: 'same-origin'
        })
        : await fetch(form.action, {
          method: 'POST',
          headers: { Accept: 'text/event-stream' },
          body,
          credentials: 'same-origin'
        })
    } catch (networkError) {
      continue // The instance went away: try again with the same message id.
    }
    const type = response.headers.get('Content-Type') || ''
    if ([502, 503, 504].includes(response.status)) {
      continue // Restarting or busy: nothing is lost, try again.
    }
    if (!response.ok || !type.startsWith('text/event-stream')) {
      if (!turn.lastEventId) {
        // A validation error or a rate limit: nothing was stored, so post the form normally to show the error.
        button.disabled = false
        HTMLFormElement.prototype.submit.call(form)
        return
      }
      break
    }
    try {
      await readEvents(response.body, (name, data, id) => onEvent(turn, textarea, name, data, id))
    } catch (cutOff) {
      // The stream broke off part way; reconnect with the last event id.
    }
  }
  await refreshMessages()
  if (turn.replyText) {
    turn.replyText.removeAttribute('aria-busy')
  }
  form.elements.client_message_id.value = newMessageId()
  button.disabled = false
  textarea.focus()
}

function onEvent (turn, textarea, name, data, id) {
  if (id) {
    turn.lastEventId = id
  }
  if (name === 'stored') {
    appendMessage('signpost-message--person', form.dataset.you, textarea.value)
    textarea.value = ''
    announcer.textContent = form.dataset.replying
  } else if (name === 'delta') {
    if (!turn.replyText) {
      // Streaming text sits outside the live region, so screen readers are not read each piece.
      turn.replyText = appendMessage('signpost-message--assistant', form.dataset.assistant, '')
      turn.replyText.setAttribute('aria-busy', 'true')
    }
    turn.replyText.textContent += data.text
  } else if (name === 'reset' && turn.replyText) {
    turn.replyText.textContent = ''
  } else if (name === 'reply') {
    announcer.textContent = data.reply.text
    turn.finished = true
  } else if (name === 'problem') {
    turn.finished = true
  } else if (name === 'held') {
    // An adviser holds the conversation: the message went to them and Signpost does not reply.
    announcer.textContent = ''
    turn.finished = true
  } else if (name === 'reconnect') {
    turn.lastEventId = data.last_event_id || turn.lastEventId
    turn.waitMs = 1000 * (data.retry_after_seconds || 1)
    if (turn.replyText) {
      turn.replyText.textContent = '' // The reply comes again whole, or is shown by the refresh.
    }
  }
}

function sleep (ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function newMessageId () {
  if (window.crypto && window.crypto.randomUUID) {
    return window.crypto.randomUUID()
  }
  const bytes = new Uint8Array(16)
  window.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function appendMessage (modifier, who, text) {
  const item = document.createElement('li')
  item.className = 'signpost-message ' + modifier
  const heading = document.createElement('h2')
  heading.className = 'govuk-heading-s signpost-message__who'
  heading.textContent = who
  const body = document.createElement('div')
  body.className = 'signpost-message__text govuk-body'
  body.textContent = text
  item.append(heading, body)
  messages.append(item)
  return body
}

// Replace the streamed bubbles with the server's own rendering, signpost cards included. The conversation's own
// address comes from the form, because after an error the page's address is the form's (…/messages).
async function refreshMessages () {
  const response = await fetch(form.action.replace(/\/messages$/, ''), { credentials: 'same-origin' })
  const page = new DOMParser().parseFromString(await response.text(), 'text/html')
  const fresh = page.getElementById('messages')
  if (fresh) {
    messages.replaceChildren(...fresh.childNodes)
  }
  const awaiting = document.getElementById('awaiting-reply')
  if (awaiting && !page.getElementById('awaiting-reply')) {
    awaiting.remove()
  }
  // A request for an adviser made in this turn: show where it stands and start listening for the adviser.
  const status = document.getElementById('handoff-status')
  const freshStatus = page.getElementById('handoff-status')
  if (status && freshStatus) {
    status.replaceWith(freshStatus)
    connectLive()
  }
}

// Live updates for human handoff. An element with data-live-events listens to that server-sent events stream; on
// each event named in data-live-names it reloads the page in the background and swaps in the elements named in
// data-live-refresh (ids), so what the person or caseworker sees matches the server's own rendering. Without
// JavaScript, the pages offer "Check for a reply" and "Check the queue again" instead.
const liveSources = new Map()

function connectLive () {
  if (!window.EventSource) return
  document.querySelectorAll('[data-live-events]').forEach((region) => {
    const url = region.dataset.liveEvents
    if (liveSources.has(url)) return
    const source = new EventSource(url)
    liveSources.set(url, source)
    // For tests and support: when the stream opened and when the page last refreshed from it.
    source.addEventListener('open', () => { document.body.dataset.liveOpened = String(Date.now()) })
    let busy = false
    let again = false
    const refresh = async () => {
      if (busy) { again = true; return }
      busy = true
      try {
        const response = await fetch(window.location.pathname + window.location.search, { credentials: 'same-origin' })
        const page = new DOMParser().parseFromString(await response.text(), 'text/html')
        // Ask before swapping: the swap moves the fresh elements out of the fetched page, often the listening
        // region itself (#handoff-status, #queue), and asking afterwards closed every stream after its first event.
        const stillLive = page.querySelector('[data-live-events="' + url + '"]') !== null
        const current = document.querySelector('[data-live-events="' + url + '"]')
        const ids = ((current && current.dataset.liveRefresh) || '').split(' ').filter(Boolean)
        let announce = null
        for (const id of ids) {
          const mine = document.getElementById(id)
          const fresh = page.getElementById(id)
          if (mine && fresh) {
            if (id === 'messages' && fresh.childElementCount > mine.childElementCount) {
              announce = fresh.lastElementChild.textContent.trim()
            }
            if (id === 'messages') {
              mine.replaceChildren(...fresh.childNodes) // keep the element: the message form's script holds it
            } else {
              mine.replaceWith(fresh)
            }
          } else if (mine && !fresh && id === 'awaiting-reply') {
            mine.remove()
          }
        }
        if (announce && announcer) announcer.textContent = announce
        document.body.dataset.liveRefreshed = String(Date.now())
        if (!stillLive) {
          source.close()
          liveSources.delete(url)
        }
      } finally {
        busy = false
        if (again) { again = false; refresh() }
      }
    }
    for (const name of (region.dataset.liveNames || 'message').split(' ')) {
      source.addEventListener(name, () => { refresh().catch(() => {}) })
    }
  })
}

connectLive()

async function readEvents (stream, onEvent) {
  const reader = stream.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n')
    let end
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      let name = 'message'
      let id = null
      const data = []
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim()
        else if (line.startsWith('id:')) id = line.slice(3).trim()
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''))
      }
      if (data.length) onEvent(name, JSON.parse(data.join('\n')), id)
    }
  }
}
