import { defineMessages } from "./define";

/** Strings of sign-in protection, single sign-on and ending sessions, mounted at `auth.*`. */
export const auth = defineMessages({
  en: {
    signIn: {
      throttled: "Too many failed sign-ins. Wait {minutes} min before trying again.",
      passwordDisabled: "Signing in with a password is switched off. Use single sign-on.",
      noMethod: "No way of signing in is configured. Tell your administrator.",
    },
    sso: {
      button: "Continue with {provider}",
      or: "or",
      redirecting: "Redirecting…",
      failed: "Single sign-on did not complete. Try again; if it keeps failing, tell your administrator.",
      noAccount: "There is no KAM user for your organisation account yet. Ask an administrator to add you.",
      deactivated: "Your KAM user is deactivated. Ask an administrator to reactivate it.",
      noEmail: "Your identity provider did not send a verified e-mail address, which KAM needs to find your user.",
    },
    sessions: {
      endAll: "End all sessions",
      confirmTitle: "End all your sessions?",
      confirmBody:
        "This ends your sessions in every browser and on every device, including this one, and any copy of your session that someone else may hold. You will need to sign in again.",
      confirm: "End all sessions",
      cancel: "Cancel",
      working: "Ending sessions…",
    },
  },
  zh: {
    signIn: {
      throttled: "登录失败次数过多。请等待 {minutes} 分钟后再试。",
      passwordDisabled: "密码登录已关闭。请使用单点登录。",
      noMethod: "尚未配置任何登录方式。请联系管理员。",
    },
    sso: {
      button: "使用 {provider} 继续",
      or: "或",
      redirecting: "正在跳转…",
      failed: "单点登录未能完成。请重试；如果仍然失败，请联系管理员。",
      noAccount: "您的组织账号尚无对应的 KAM 用户。请联系管理员添加。",
      deactivated: "您的 KAM 用户已停用。请联系管理员重新启用。",
      noEmail: "您的身份提供方未提供已验证的电子邮箱，KAM 需要它来识别您的用户。",
    },
    sessions: {
      endAll: "结束所有会话",
      confirmTitle: "结束您的所有会话？",
      confirmBody: "这将结束您在所有浏览器和设备上的会话（包括当前会话），以及他人可能持有的会话副本。之后您需要重新登录。",
      confirm: "结束所有会话",
      cancel: "取消",
      working: "正在结束会话…",
    },
  },
});
