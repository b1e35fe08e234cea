// Loaded by config.js (customScripts): adds "Funnel dashboard" to Tasklist's header for the users the dashboard
// is for. /dashboard/access answers from the same login session as Tasklist.
const LINK_ID = 'dealstage-dashboard-link';

function addLink() {
  if (document.getElementById(LINK_ID)) {
    return true;
  }
  const header = document.querySelector('[cam-widget-header] .navbar-header, .navbar-header');
  if (!header) {
    return false;
  }
  const link = document.createElement('a');
  link.id = LINK_ID;
  link.href = '/dashboard';
  link.textContent = 'Funnel dashboard';
  link.className = 'navbar-brand';
  link.style.fontSize = '14px';
  header.appendChild(link);
  return true;
}

async function showDashboardLinkToHeads() {
  try {
    const response = await fetch('/dashboard/access', { credentials: 'same-origin' });
    if (!response.ok) {
      return;
    }
    const access = await response.json();
    if (access.dashboard) {
      const timer = setInterval(() => addLink() && clearInterval(timer), 250);
    }
  } catch (error) {
    console.warn('Dealstage: no dashboard link', error);
  }
}

// Tasklist loads this script once; the login may come later, so ask again whenever the user changes.
let lastUser = null;
setInterval(() => {
  const user = document.querySelector('.navbar [cam-widget-header] .account, .account')?.textContent?.trim() || '';
  if (user !== lastUser) {
    lastUser = user;
    document.getElementById(LINK_ID)?.remove();
    if (user) {
      showDashboardLinkToHeads();
    }
  }
}, 500);

export default [];
