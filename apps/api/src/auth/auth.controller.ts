import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { CurrentUser } from '@tradeflow/domain';
import type { Request, Response } from 'express';
import { LoginRoute, Public } from './access.decorators';
import { AuthService } from './auth.service';
import { CurrentUserDto, LoginDto } from './dto/login.dto';
import type { AuthenticatedRequest } from './principal';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @LoginRoute()
  @ApiOperation({ summary: 'Sign in: sets an HttpOnly session cookie' })
  @ApiOkResponse({ type: CurrentUserDto })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({
    description: 'Too many attempts from this address, or this username is locked',
  })
  login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CurrentUser> {
    return this.auth.login(body, request, response);
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Sign out: ends the session and clears the cookie' })
  @ApiNoContentResponse()
  async logout(
    @Req() request: Request & AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(request.principal, request, response);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Who is signed in, with which role, and how' })
  @ApiOkResponse({ type: CurrentUserDto })
  me(@Req() request: Request & AuthenticatedRequest): CurrentUser {
    const principal = request.principal!;
    return { username: principal.name, role: principal.role, via: principal.via };
  }
}
